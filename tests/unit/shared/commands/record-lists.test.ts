import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findById, replaceById } from '../../../../shared/domain/commands/command';

type Rec = { id: string; n: number };

/** A list of records with unique ids, and an id that may or may not be in it. */
const listAndId = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 7 })
  .chain((ids) =>
    fc.record({
      list: fc.constant(ids.map((id, n): Rec => ({ id, n }))),
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
    }),
  );

describe('record lists by id', () => {
  it('findById and replaceById answer what a walk of the list answers, lists made from lists included', () => {
    fc.assert(
      fc.property(
        listAndId,
        fc.array(fc.constantFrom('a', 'b', 'c', 'x'), { maxLength: 5 }),
        (start, ids) => {
          let list: readonly Rec[] = start.list;
          for (const [k, id] of [start.id, ...ids].entries()) {
            expect(findById(list, id)).toBe(list.find((r) => r.id === id));
            const item = { id, n: 100 + k };
            const next = replaceById(list, item);
            expect(next).toEqual(list.map((r) => (r.id === id ? item : r)));
            expect(next).not.toBe(list);
            list = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a list changed in place after it was looked into is still answered right', () => {
    const list: Rec[] = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    expect(findById(list, 'b')).toBe(list[1]);
    list.reverse();
    list.push({ id: 'c', n: 3 });
    expect(findById(list, 'b')).toEqual({ id: 'b', n: 2 });
    expect(findById(list, 'a')).toEqual({ id: 'a', n: 1 });
    expect(findById(list, 'c')).toEqual({ id: 'c', n: 3 });
    expect(replaceById(list, { id: 'a', n: 9 })).toEqual([
      { id: 'b', n: 2 },
      { id: 'a', n: 9 },
      { id: 'c', n: 3 },
    ]);
  });
});
