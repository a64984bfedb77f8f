import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, planMerge, type Bases, type Side } from '../../../shared/domain/merge-plan';

interface Rec {
  id: string;
  updatedAt: string;
  value: number;
}

const ids = ['a', 'b', 'c', 'd', 'e'];
const times = ['2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'];

const side: fc.Arbitrary<Side<Rec>> = fc
  .record({
    records: fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...ids), updatedAt: fc.constantFrom(...times), value: fc.nat(2) }),
      { selector: (r) => r.id, maxLength: ids.length },
    ),
    tombstones: fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...ids), updatedAt: fc.constantFrom(...times) }),
      {
        selector: (s) => s.id,
        maxLength: 3,
      },
    ),
  })
  // A side never holds a record it has a tombstone for at the same or a later version.
  .map(({ records, tombstones }) => ({
    records,
    tombstones: tombstones.filter(
      (s) =>
        !records.some((r) => r.id === s.id && r.updatedAt > s.updatedAt) &&
        !records.some((r) => r.id === s.id),
    ),
  }));

const bases: fc.Arbitrary<Bases> = fc.record({
  local: fc.option(fc.constantFrom(...times)),
  incoming: fc.option(fc.constantFrom(...times)),
});

const byId = (s: Side<Rec>) => ({
  records: [...s.records].sort((a, b) => a.id.localeCompare(b.id)),
  tombstones: [...s.tombstones].sort((a, b) => a.id.localeCompare(b.id)),
});

function merge(local: Side<Rec>, incoming: Side<Rec>, b: Bases = { local: null, incoming: null }) {
  const plan = planMerge(local, incoming, b);
  return { plan, result: applyMerge(local, incoming, plan) };
}

describe('merge plan', () => {
  it('is idempotent: the same package merged twice changes nothing more', () => {
    fc.assert(
      fc.property(side, side, bases, (local, incoming, b) => {
        const once = merge(local, incoming, b).result;
        const twice = merge(once, incoming, b).result;
        expect(byId(twice)).toEqual(byId(once));
      }),
      { numRuns: 500 },
    );
  });

  it('is commutative where there is no conflict: both offices end with the same records', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const ab = merge(a, b);
        const ba = merge(b, a);
        fc.pre(
          !ab.plan.some((d) => d.action === 'conflict') && !ba.plan.some((d) => d.action === 'conflict'),
        );
        expect(byId(ab.result)).toEqual(byId(ba.result));
      }),
      { numRuns: 500 },
    );
  });

  it('reports every record changed on both sides, and keeps one of its two versions', () => {
    fc.assert(
      fc.property(side, side, bases, (local, incoming, b) => {
        const { plan, result } = merge(local, incoming, b);
        for (const l of local.records) {
          const i = incoming.records.find((r) => r.id === l.id);
          const bothChanged =
            i !== undefined &&
            (b.local === null || l.updatedAt > b.local) &&
            (b.incoming === null || i.updatedAt > b.incoming) &&
            (l.value !== i.value || l.updatedAt !== i.updatedAt);
          if (bothChanged) {
            expect(plan.find((d) => d.id === l.id)?.action).toBe('conflict');
            const kept = result.records.find((r) => r.id === l.id);
            expect([l, i]).toContainEqual(kept);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never brings back a record deleted here with an old copy, and reports one changed after', () => {
    const local: Side<Rec> = { records: [], tombstones: [{ id: 'a', updatedAt: times[1]! }] };
    const old = { id: 'a', updatedAt: times[0]!, value: 1 };
    expect(merge(local, { records: [old], tombstones: [] }).plan).toEqual([]);
    const newer = { id: 'a', updatedAt: times[2]!, value: 1 };
    expect(merge(local, { records: [newer], tombstones: [] }).plan).toEqual([
      { action: 'conflict', id: 'a', local: null, incoming: newer, newer: 'incoming' },
    ]);
  });

  it('takes the other side’s change when only it changed since they last met, and the user’s pick on a conflict', () => {
    const l = { id: 'a', updatedAt: times[0]!, value: 0 };
    const i = { id: 'a', updatedAt: times[2]!, value: 2 };
    const met = { local: times[1]!, incoming: times[1]! };
    const taken = merge({ records: [l], tombstones: [] }, { records: [i], tombstones: [] }, met);
    expect(taken.plan.map((d) => d.action)).toEqual(['changed']);
    expect(taken.result.records).toEqual([i]);
    const both = { records: [{ ...l, updatedAt: times[2]!, value: 1 }], tombstones: [] };
    const plan = planMerge(both, { records: [i], tombstones: [] }, met);
    expect(plan.map((d) => d.action)).toEqual(['conflict']);
    expect(applyMerge(both, { tombstones: [] }, plan, { a: 'local' }).records).toEqual(both.records);
  });
});
