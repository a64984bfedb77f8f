import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataStore } from '../../../electron/backend/store/data-store';
import type { YearData } from '../../../electron/backend/store/data-files';
import { SnapshotFile } from '../../../electron/backend/store/validated-json-file';
import { modelRecord } from '../../helpers/model-records';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const YEAR = 2025;
const model = (title: string) =>
  modelRecord({
    unitId: '10000000-0000-4000-8000-000000000001',
    fieldId: '20000000-0000-4000-8000-000000000002',
    year: YEAR,
    title,
  });

/** Changes to the year's models, made the store's way, with compactions between some of them. */
const title = fc.string({ maxLength: 30 }).map((s) => `Mô hình ${s}`);
const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), title }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), title }),
  fc.record({ kind: fc.constant('trash' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const) }),
  fc.record({ kind: fc.constant('compact' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function changed(data: YearData, o: Exclude<Op, { kind: 'compact' }>): YearData {
  const models = data.models;
  if (o.kind === 'add') return { ...data, models: [...models, model(o.title)] };
  if (o.kind === 'reorder') return { ...data, models: [...models].reverse() };
  if (models.length === 0) return data;
  const at = o.at % models.length;
  if (o.kind === 'delete') return { ...data, models: models.filter((_, k) => k !== at) };
  const edit = o.kind === 'edit' ? { title: o.title } : { deletedAt: '2026-11-29T08:00:00.000Z' };
  return { ...data, models: models.map((m, k) => (k === at ? { ...m, ...edit } : m)) };
}

/** The folder as a power cut would leave it now: snapshots, positions and the journal not yet compacted. */
async function crashCopy(dir: string, into: string): Promise<void> {
  await cp(dir, into, {
    recursive: true,
    filter: (src) => !src.includes('.dvk.lock') && !src.includes('backups') && !src.endsWith('.tmp'),
  });
}

describe("one model read alone from its year's snapshot", () => {
  const tempDir = useTempDirs();
  const reads = vi.spyOn(SnapshotFile.prototype, 'read');
  afterEach(() => reads.mockClear());
  const yearReads = () =>
    reads.mock.contexts.filter((file) => (file as SnapshotFile<unknown>).path.endsWith(`${YEAR}.json`))
      .length;

  it('equals the full year, journalled changes not yet compacted included, without reading the year', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const dir = await tempDir();
        const clock = manualClock();
        const store = await DataStore.open({ dataDir: dir, clock: clock.now, idleMs: 60_000 });
        const copy = await tempDir();
        let live: YearData['models'] = [];
        try {
          await store.updateYear(YEAR, (d) => ({ ...d, models: [model('Đường'), model('Nước sạch')] }));
          await store.compact();
          for (const o of ops) {
            if (o.kind === 'compact') await store.compact();
            else await store.updateYear(YEAR, (d) => changed(d, o));
          }
          live = (await store.yearData(YEAR)).models;
          await crashCopy(dir, copy);
        } finally {
          await store.close();
        }

        // Each id in a store of its own (a copy of the folder: closing compacts), its first answer read alone;
        // after it the store loads the year in full in the background.
        const full = [...(await readIds(copy)), 'khong-co'];
        const alone = new Map<string, unknown>();
        for (const id of full) {
          const own = await tempDir();
          await crashCopy(copy, own);
          const one = await DataStore.open({ dataDir: own, clock: clock.now, idleMs: 60_000 });
          reads.mockClear();
          alone.set(id, await one.yearModel(YEAR, id));
          expect(yearReads()).toBe(0);
          await one.close();
        }
        const fresh = await DataStore.open({ dataDir: copy, clock: clock.now, idleMs: 60_000 });
        try {
          const models = (await fresh.yearData(YEAR)).models;
          expect(models).toEqual(live);
          for (const id of full) expect(alone.get(id)).toEqual(models.find((m) => m.id === id));
          for (const m of models) expect(alone.get(m.id)).toEqual(m);
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('reads the full year when the snapshot is not the one its positions describe', async () => {
    const dir = await tempDir();
    const clock = manualClock();
    const first = model('Đường giao thông');
    let store = await DataStore.open({ dataDir: dir, clock: clock.now });
    await store.updateYear(YEAR, (d) => ({ ...d, models: [first, model('Nước sạch')] }));
    await store.close();
    // Edited by hand: another title, so another size; the positions no longer fit it.
    const path = join(dir, 'years', `${YEAR}.json`);
    await writeFile(path, (await readFile(path, 'utf8')).replace('Đường giao thông', 'Đường liên xã'));

    store = await DataStore.open({ dataDir: dir, clock: clock.now });
    try {
      reads.mockClear();
      expect((await store.yearModel(YEAR, first.id))?.title).toBe('Đường liên xã');
      expect(yearReads()).toBe(1);
    } finally {
      await store.close();
    }
  });
});

/** Every model id the folder's snapshot and journal name (a superset of those stored). */
async function readIds(dir: string): Promise<string[]> {
  const texts = [await readFile(join(dir, 'years', `${YEAR}.json`), 'utf8')];
  for (const name of await readdir(join(dir, 'journal')))
    texts.push(await readFile(join(dir, 'journal', name), 'utf8'));
  return [
    ...new Set(
      texts.join('\n').match(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [],
    ),
  ];
}
