import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_SLACK, paginate, type ListMeasure } from '../../../renderer/src/print/paginate';

/** A page of 1,000 px of room (slack included), a head of 300, a header row of 40, a tail of 200. */
const base = { pageHeight: 1_000 + PAGE_SLACK, head: 300, headerRow: 40, tail: 200 };
const rows = (...heights: number[]) => heights.map((height) => ({ height }));

describe('paginate', () => {
  it('keeps a list that fits, signature included, on one page', () => {
    // 300 + 40 + 4 × 100 + 200 = 940.
    expect(paginate({ ...base, rows: rows(100, 100, 100, 100) })).toEqual([[0, 1, 2, 3]]);
  });

  it('moves the last two rows with the signature instead of printing it alone', () => {
    // The six rows fit on the first page (960), the tail would not (1,160): rows 4 and 5 go with it.
    expect(paginate({ ...base, rows: rows(100, 100, 100, 100, 100, 110) })).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
  });

  it('starts a new page before a row that does not fit, never splitting it', () => {
    // Page 1 holds 300 + 40 + 600 = 940; the 100 px row would cross the foot, so it opens page 2.
    expect(paginate({ ...base, rows: rows(300, 300, 100, 100) })).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('never ends a page on a group heading, nor leaves one above the rows moved to the signature', () => {
    const heading = { height: 30, keepWithNext: true };
    // 300 + 40 + 500 + 30 = 870, and the next 150 px row does not fit: the heading goes over with it.
    expect(paginate({ ...base, rows: [...rows(500), heading, ...rows(150, 100)] })).toEqual([[0], [1, 2, 3]]);
    // The tail does not fit under the second group; its heading goes with its two rows and the signature.
    // A last group of one row takes the row above its heading along (and that row's own heading): two rows
    // always stand above the signature.
    expect(
      paginate({ ...base, rows: [...rows(200, 200), heading, ...rows(100), heading, ...rows(100)] }),
    ).toEqual([
      [0, 1],
      [2, 3, 4, 5],
    ]);
    const second = [...rows(200, 200), heading, ...rows(100, 100)];
    expect(paginate({ ...base, rows: second })).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it('gives the signature a page of its own only when one row is too tall to share it', () => {
    expect(paginate({ ...base, rows: rows(600, 850) })).toEqual([[0], [1], []]);
  });

  it('moves as many rows with the signature as asked, never leaving a heading alone above them', () => {
    const heading = { height: 30, keepWithNext: true };
    // A report's blocks: two headed tables. The signature does not fit under them (300 + 30 + 250 + 30 + 250
    // + 200 = 1,060): the last table and its heading go with it, the first stays with its own heading.
    const report = [heading, ...rows(250), heading, ...rows(250)];
    expect(paginate({ ...base, headerRow: 0, rows: report, keepWithTail: 1 })).toEqual([
      [0, 1],
      [2, 3],
    ]);
    // Two rows asked for would take both tables and leave the first heading alone: fewer go.
    expect(paginate({ ...base, headerRow: 0, rows: report })).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('lays out a flow without a tail to the last row', () => {
    expect(paginate({ ...base, headerRow: 0, tail: 0, rows: rows(300, 300, 100, 100) })).toEqual([
      [0, 1, 2],
      [3],
    ]);
  });

  it('lays every row once, in order, each page within the paper, the signature under at least one row', () => {
    const measure = fc.record({
      head: fc.integer({ min: 100, max: 400 }),
      headerRow: fc.integer({ min: 20, max: 80 }),
      tail: fc.integer({ min: 100, max: 300 }),
      keepWithTail: fc.integer({ min: 1, max: 3 }),
      // Groups as the lists have them: an optional heading, then at least one row.
      groups: fc.array(
        fc.record({
          heading: fc.option(fc.integer({ min: 20, max: 60 }), { nil: null }),
          rows: fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 40 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(measure, ({ groups, ...parts }) => {
        const m: ListMeasure = {
          ...parts,
          pageHeight: 1_000 + PAGE_SLACK,
          rows: groups.flatMap((g) => [
            ...(g.heading === null ? [] : [{ height: g.heading, keepWithNext: true }]),
            ...rows(...g.rows),
          ]),
        };
        const pages = paginate(m);
        expect(pages.flat()).toEqual(m.rows.map((_, i) => i));
        pages.forEach((page, p) => {
          const height =
            (p === 0 ? m.head : 0) + m.headerRow + page.reduce((h, r) => h + m.rows[r]!.height, 0);
          const last = p === pages.length - 1;
          // A page may overflow only when its single row is taller than the paper.
          if (page.length > 1) expect(height + (last ? m.tail : 0)).toBeLessThanOrEqual(1_000);
          expect(page.length > 0 || last).toBe(true);
          if (!last && page.length > 1) expect(m.rows[page.at(-1)!]!.keepWithNext).not.toBe(true);
        });
        expect(pages.at(-1)!.length).toBeGreaterThan(0);
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
