import { appendFile, cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyObject, diffObject } from '../../../electron/backend/store/change-diff';
import { DataStore } from '../../../electron/backend/store/data-store';
import { encodeRecord } from '../../../electron/backend/store/journal';
import type { MainData, YearData } from '../../../electron/backend/store/data-files';
import { modelRecord } from '../../helpers/model-records';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

type Item = { id: string; name: string; n: number };
type Doc = {
  title: string;
  count?: number;
  nested: { a: number; b?: string };
  items: Item[];
  tags: string[];
};

/** A random change to a document, made the store's way: new objects for what changed, the rest kept. */
const docChange = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), value: fc.string() }),
  fc.record({ kind: fc.constant('count' as const), value: fc.option(fc.integer(), { nil: undefined }) }),
  fc.record({ kind: fc.constant('nested' as const), value: fc.integer() }),
  fc.record({
    kind: fc.constant('add' as const),
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    n: fc.integer(),
  }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), n: fc.integer() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reverse' as const) }),
  fc.record({ kind: fc.constant('tags' as const), value: fc.array(fc.string(), { maxLength: 3 }) }),
);
type DocChange = typeof docChange extends fc.Arbitrary<infer T> ? T : never;

function change(doc: Doc, c: DocChange): Doc {
  switch (c.kind) {
    case 'title':
      return { ...doc, title: c.value };
    case 'count': {
      const { count: _, ...rest } = doc;
      return c.value === undefined ? rest : { ...doc, count: c.value };
    }
    case 'nested':
      return { ...doc, nested: { ...doc.nested, a: c.value } };
    case 'add':
      // An id may come back after it was removed; an existing id is edited instead (ids are unique).
      return doc.items.some((i) => i.id === c.id)
        ? { ...doc, items: doc.items.map((i) => (i.id === c.id ? { ...i, n: c.n } : i)) }
        : { ...doc, items: [...doc.items, { id: c.id, name: `tên ${c.id}`, n: c.n }] };
    case 'edit': {
      if (doc.items.length === 0) return doc;
      const at = c.at % doc.items.length;
      return { ...doc, items: doc.items.map((i, k) => (k === at ? { ...i, n: c.n } : i)) };
    }
    case 'remove': {
      if (doc.items.length === 0) return doc;
      const at = c.at % doc.items.length;
      return { ...doc, items: doc.items.filter((_, k) => k !== at) };
    }
    case 'reverse':
      return { ...doc, items: [...doc.items].reverse() };
    case 'tags':
      return { ...doc, tags: c.value };
  }
}

describe('journal diffs', () => {
  it('applying the diff of two states to the first gives the second, for any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(docChange, { maxLength: 30 }), (changes) => {
        let doc: Doc = { title: '', nested: { a: 0 }, items: [], tags: [] };
        let replayed = doc;
        for (const c of changes) {
          const next = change(doc, c);
          const diff = diffObject(doc, next);
          if (diff) replayed = applyObject(replayed, JSON.parse(JSON.stringify(diff)));
          // No diff means nothing changed (a diff may still come with an equal copy of a record: by reference).
          if (diff === null) expect(next).toEqual(doc);
          doc = next;
        }
        expect(replayed).toEqual(doc);
      }),
      { numRuns: 500 },
    );
  });

  it('a diff holds only the records that changed', () => {
    const items = Array.from({ length: 1000 }, (_, k) => ({ id: `m${k}`, n: k }));
    const next = { items: items.map((i) => (i.id === 'm500' ? { ...i, n: -1 } : i)) };
    expect(diffObject({ items }, next)).toEqual({ lists: { items: { upsert: [{ id: 'm500', n: -1 }] } } });
    expect(diffObject({ items }, { items: items.filter((i) => i.id !== 'm7') })).toEqual({
      lists: { items: { delete: ['m7'] } },
    });
  });

  it('a list of records that gets something else in it is stored whole', () => {
    const items = [{ id: 'a' }, { id: 'b' }];
    expect(diffObject({ items }, { items: [...items, 'c'] })).toEqual({ set: { items: [...items, 'c'] } });
    expect(diffObject({ items }, { items: [items[0], 7] })).toEqual({ set: { items: [items[0], 7] } });
    expect(diffObject({ items }, { items: [{ id: 'b' }, 'a'] })).toEqual({
      set: { items: [{ id: 'b' }, 'a'] },
    });
    // …and a list that was none becomes one: its records are stored whole too.
    expect(diffObject({ items: ['a'] }, { items })).toEqual({ set: { items } });
  });
});

/** Store-level operations: office settings, models added, edited, deleted across two years. */
const storeOp = fc.oneof(
  fc.record({
    kind: fc.constant('org' as const),
    value: fc.constantFrom('BAN DÂN VẬN', 'HUYỆN ỦY BA BỂ', 'Tổ dân vận'),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    year: fc.constantFrom(2024, 2025),
    title: fc.constantFrom('Đường', 'Nước sạch', 'Nhà văn hoá', 'Hiến đất'),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    year: fc.constantFrom(2024, 2025),
    at: fc.nat(),
    title: fc.constantFrom('Đường', 'Nước sạch', 'Nhà văn hoá', 'Hiến đất'),
  }),
  fc.record({ kind: fc.constant('delete' as const), year: fc.constantFrom(2024, 2025), at: fc.nat() }),
  fc.record({ kind: fc.constant('refused' as const) }),
  fc.record({ kind: fc.constant('compact' as const) }),
  fc.record({ kind: fc.constant('crash' as const), tornBytes: fc.integer({ min: 0, max: 120 }) }),
);

describe('the store replays its journal to the state it answered', () => {
  const tempDir = useTempDirs();

  /** The office settings and both years' model lists: what must survive. */
  async function stateOf(store: DataStore) {
    return {
      settings: store.mainData.settings,
      2024: (await store.yearData(2024)).models,
      2025: (await store.yearData(2025)).models,
    };
  }

  it('for random changes with compactions and crashes (a torn last write included) between them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(storeOp, { minLength: 1, maxLength: 14 }), async (ops) => {
        let dir = await tempDir();
        const clock = manualClock();
        let store = await DataStore.open({ dataDir: dir, clock: clock.now, idleMs: 60_000 });
        try {
          for (const op of ops) {
            if (op.kind === 'compact') {
              await store.compact();
            } else if (op.kind === 'crash') {
              const expected = await stateOf(store);
              // The folder as a power cut leaves it, plus the first bytes of a write that was never answered.
              const copy = await tempDir();
              await cp(dir, copy, {
                recursive: true,
                // A temp file of a background index write may vanish mid-copy; start removes leftovers anyway.
                filter: (src) =>
                  !src.includes('.dvk.lock') && !src.includes('backups') && !src.endsWith('.tmp'),
              });
              await store.close();
              const segments = (await readdir(join(copy, 'journal'))).sort();
              const unanswered = encodeRecord({
                seq: 999_999,
                at: '',
                changes: { 'office.json': { set: { x: 1 } } },
              });
              await appendFile(join(copy, 'journal', segments.at(-1)!), unanswered.slice(0, op.tornBytes));
              dir = copy;
              store = await DataStore.open({ dataDir: dir, clock: clock.now, idleMs: 60_000 });
              expect(store.problems).toEqual([]);
              expect(await stateOf(store)).toEqual(expected);
            } else if (op.kind === 'refused') {
              const before = await stateOf(store);
              await expect(
                store.transact(async (tx) => {
                  tx.setMain({ ...tx.main, settings: { ...tx.main.settings, orgName: 'KHÔNG' } });
                  tx.setYear(2024, { ...(await tx.year(2024)), models: [] });
                  throw new Error('từ chối');
                }),
              ).rejects.toThrow('từ chối');
              expect(await stateOf(store)).toEqual(before);
            } else if (op.kind === 'org') {
              await store.transact((tx) => tx.setMain(withOrg(tx.main, op.value)));
            } else {
              await store.transact(async (tx) => tx.setYear(op.year, yearChange(await tx.year(op.year), op)));
            }
          }
          const live = await stateOf(store);
          await store.close();
          store = await DataStore.open({ dataDir: dir, clock: clock.now });
          expect(await stateOf(store)).toEqual(live);
          expect(store.problems).toEqual([]);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

const withOrg = (main: MainData, orgName: string): MainData => ({
  ...main,
  settings: { ...main.settings, orgName },
});

function yearChange(
  data: YearData,
  op:
    | { kind: 'add'; title: string }
    | { kind: 'edit'; at: number; title: string }
    | { kind: 'delete'; at: number },
): YearData {
  const models = data.models;
  if (op.kind === 'add') {
    return {
      ...data,
      models: [
        ...models,
        modelRecord({
          unitId: crypto.randomUUID(),
          fieldId: crypto.randomUUID(),
          year: data.year,
          title: op.title,
        }),
      ],
    };
  }
  if (models.length === 0) return data;
  const at = op.at % models.length;
  if (op.kind === 'edit')
    return { ...data, models: models.map((m, k) => (k === at ? { ...m, title: op.title } : m)) };
  return { ...data, models: models.filter((_, k) => k !== at) };
}
