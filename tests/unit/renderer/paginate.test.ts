import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_SLACK, paginate, paragraphKeeps, type ListMeasure } from '../../../renderer/src/print/paginate';

/** A page of 1,000 px of room (slack included), a head of 300, a header row of 40, a tail of 200. */
const base = { pageHeight: 1_000 + PAGE_SLACK, head: 300, headerRow: 40, tail: 200 };
const rows = (...heights: number[]) => heights.map((height) => ({ height }));
/** A paragraph's lines as the registration print measures them, each `height` tall. */
const paragraph = (count: number, height = 25) =>
  paragraphKeeps(count).map((keep) => (keep ? { height, keepWithNext: true } : { height }));

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

  it('keeps a paragraph’s first line and its last but one with the next line', () => {
    expect(paragraphKeeps(1)).toEqual([false]);
    expect(paragraphKeeps(2)).toEqual([true, false]);
    expect(paragraphKeeps(3)).toEqual([true, true, false]);
    expect(paragraphKeeps(5)).toEqual([true, false, false, true, false]);
  });

  it('breaks a paragraph only where two of its lines at least stay at each side', () => {
    const flow = { ...base, headerRow: 0, tail: 0 };
    // 300 + 660 + 25 = 985: the first line would fit alone at the foot; it goes over with the second.
    expect(paginate({ ...flow, rows: [...rows(660), ...paragraph(5)] })).toEqual([[0], [1, 2, 3, 4, 5]]);
    // 300 + 600 + 4 × 25 = 1,000: four lines fit, the fifth would stand alone at the head: the fourth goes with it.
    expect(paginate({ ...flow, rows: [...rows(600), ...paragraph(5)] })).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
    // Three lines cannot leave two at each side: the paragraph goes over whole, and the label above it too.
    const label = { height: 30, keepWithNext: true };
    expect(paginate({ ...flow, rows: [...rows(620), label, ...paragraph(3)] })).toEqual([[0], [1, 2, 3, 4]]);
  });

  it('moves a paragraph’s lines with the signature two at least, never leaving one alone above them', () => {
    // 300 + 500 + 6 × 25 = 950 fits, the 200 px signature does not: two lines go with it, not counting the
    // fifth, kept with the sixth as a heading is: the fourth, fifth and sixth go, three stay.
    expect(paginate({ ...base, headerRow: 0, rows: [...rows(500), ...paragraph(6)] })).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
    ]);
    // One line asked for: the last two go, as the last may not go alone.
    expect(
      paginate({ ...base, headerRow: 0, rows: [...rows(500), ...paragraph(6)], keepWithTail: 1 }),
    ).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6],
    ]);
    // A three-line paragraph goes over whole with its label.
    const label = { height: 30, keepWithNext: true };
    expect(paginate({ ...base, headerRow: 0, rows: [...rows(500), label, ...paragraph(3)] })).toEqual([
      [0],
      [1, 2, 3, 4],
    ]);
  });

  it('lays out a flow without a tail to the last row', () => {
    expect(paginate({ ...base, headerRow: 0, tail: 0, rows: rows(300, 300, 100, 100) })).toEqual([
      [0, 1, 2],
      [3],
    ]);
  });

  it('lays every row once, in order, each page within the paper, the signature under at least one row', () => {
    // Groups as the lists and forms have them: a heading (or a label) or none, then at least one row; or a
    // paragraph's lines, a page leaving two of them at least at each side of a break.
    const group = fc.record({
      heading: fc.option(fc.integer({ min: 20, max: 60 }), { nil: null }),
      rows: fc.oneof(
        fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 40 }).map((heights) => ({
          heights,
          paragraph: false,
        })),
        fc.record({
          heights: fc.array(fc.integer({ min: 20, max: 40 }), { minLength: 1, maxLength: 60 }),
          paragraph: fc.constant(true),
        }),
      ),
    });
    const measure = fc.record({
      head: fc.integer({ min: 100, max: 400 }),
      headerRow: fc.integer({ min: 0, max: 80 }),
      tail: fc.integer({ min: 100, max: 300 }),
      keepWithTail: fc.integer({ min: 1, max: 3 }),
      groups: fc.array(group, { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(measure, ({ groups, ...parts }) => {
        const paragraphs: number[][] = [];
        const all: ListMeasure['rows'] = [];
        for (const g of groups) {
          if (g.heading !== null) all.push({ height: g.heading, keepWithNext: true });
          const keeps = g.rows.paragraph ? paragraphKeeps(g.rows.heights.length) : [];
          if (g.rows.paragraph) paragraphs.push(g.rows.heights.map((_, i) => all.length + i));
          all.push(
            ...g.rows.heights.map((height, i) => (keeps[i] ? { height, keepWithNext: true } : { height })),
          );
        }
        const m: ListMeasure = { ...parts, pageHeight: 1_000 + PAGE_SLACK, rows: all };
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
          for (const lines of paragraphs) {
            const here = lines.filter((l) => page.includes(l)).length;
            if (here > 0 && here < lines.length) expect(here).toBeGreaterThanOrEqual(2);
          }
        });
        expect(pages.at(-1)!.length).toBeGreaterThan(0);
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});
