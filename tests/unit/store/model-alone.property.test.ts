import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataStore } from '../../../electron/backend/store/data-store';
import type { YearData } from '../../../electron/backend/store/data-files';
import type { Commendation } from '../../../shared/domain/commendation';
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

const commendation = (modelId: string, issuer: string): Commendation => ({
  id: randomUUID(),
  createdAt: '2025-12-20T02:00:00.000Z',
  updatedAt: '2025-12-20T02:00:00.000Z',
  modelId,
  roundId: null,
  status: 'proposed',
  form: 'Giấy khen',
  formOther: '',
  issuer,
  note: '',
  decisionNumber: '',
  decisionDate: null,
  history: [],
});

/** Changes to the year's models and commendations, made the store's way, with compactions between some. */
const title = fc.string({ maxLength: 30 }).map((s) => `Mô hình ${s}`);
const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), title }),
  fc.record({ kind: fc.constant('commend' as const), at: fc.nat(), issuer: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('grant' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('withdraw' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), title }),
  fc.record({ kind: fc.constant('trash' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const) }),
  fc.record({ kind: fc.constant('compact' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function changed(data: YearData, o: Exclude<Op, { kind: 'compact' }>): YearData {
  const { models, commendations } = data;
  if (o.kind === 'commend' || o.kind === 'grant' || o.kind === 'withdraw') {
    const list = o.kind === 'commend' ? models : commendations;
    if (list.length === 0) return data;
    const at = o.at % list.length;
    if (o.kind === 'commend')
      return { ...data, commendations: [...commendations, commendation(models[at]!.id, o.issuer)] };
    if (o.kind === 'withdraw') return { ...data, commendations: commendations.filter((_, k) => k !== at) };
    const granted = { status: 'granted' as const, decisionNumber: '12/QĐ', decisionDate: '2025-12-28' };
    return { ...data, commendations: commendations.map((c, k) => (k === at ? { ...c, ...granted } : c)) };
  }
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

const unspiedRead = SnapshotFile.prototype.read;

describe("one model read alone from its year's snapshot", () => {
  const tempDir = useTempDirs();
  const reads = vi.spyOn(SnapshotFile.prototype, 'read');
  afterEach(() => reads.mockClear());
  // DataStore's private loadLater: after an answer read alone, the year is loaded in the background.
  type LoadsLater = { loadLater(year: number): void };
  const loadsLater = DataStore.prototype as unknown as LoadsLater;
  const loadLater = loadsLater.loadLater;
  const yearReads = () =>
    reads.mock.contexts.filter((file) => (file as SnapshotFile<unknown>).path.endsWith(`${YEAR}.json`))
      .length;

  it('equals the full year, journalled changes not yet compacted included, without reading the year', async () => {
    // A model alone and its commendations alone, each as the model's page asks for them.
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const dir = await tempDir();
        const clock = manualClock();
        const store = await DataStore.open({ dataDir: dir, clock: clock.now, idleMs: 60_000 });
        const copy = await tempDir();
        let live: Pick<YearData, 'models' | 'commendations'> = { models: [], commendations: [] };
        try {
          await store.updateYear(YEAR, (d) => ({ ...d, models: [model('Đường'), model('Nước sạch')] }));
          await store.compact();
          for (const o of ops) {
            if (o.kind === 'compact') await store.compact();
            else await store.updateYear(YEAR, (d) => changed(d, o));
          }
          const { models, commendations } = await store.yearData(YEAR);
          live = { models, commendations };
          await crashCopy(dir, copy);
        } finally {
          await store.close();
        }

        // Each id in a store of its own (a copy of the folder: closing compacts), its first answer read alone;
        // after it the store loads the year in full in the background.
        const full = [...(await readIds(copy)), 'khong-co'];
        const alone = new Map<string, unknown>();
        const commendedAlone = new Map<string, Commendation[]>();
        for (const id of full) {
          const own = await tempDir();
          await crashCopy(copy, own);
          const one = await DataStore.open({ dataDir: own, clock: clock.now, idleMs: 60_000 });
          reads.mockClear();
          // The first answer's load of the year in the background may start while the second is still read
          // alone (under load it did, and its read was counted): it is held until both are in.
          const later: Array<() => void> = [];
          const hold = vi.spyOn(loadsLater, 'loadLater').mockImplementation(function (this: LoadsLater, y) {
            later.push(() => loadLater.call(this, y));
          });
          try {
            const [model, commended] = await Promise.all([
              one.yearModel(YEAR, id),
              one.yearCommendationsOf(YEAR, id),
            ]);
            alone.set(id, model);
            commendedAlone.set(id, commended);
            expect(yearReads()).toBe(0);
          } finally {
            hold.mockRestore();
          }
          for (const load of later) load();
          await one.close();
        }
        const fresh = await DataStore.open({ dataDir: copy, clock: clock.now, idleMs: 60_000 });
        try {
          const { models, commendations } = await fresh.yearData(YEAR);
          expect({ models, commendations }).toEqual(live);
          for (const id of full) {
            expect(alone.get(id)).toEqual(models.find((m) => m.id === id));
            expect(commendedAlone.get(id)).toEqual(commendations.filter((c) => c.modelId === id));
          }
          for (const m of models) expect(alone.get(m.id)).toEqual(m);
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it("answers a model's commendations alone while the year it read a model of is still loading", async () => {
    const dir = await tempDir();
    const clock = manualClock();
    const [first, second] = [model('Đường giao thông'), model('Nước sạch')];
    let store = await DataStore.open({ dataDir: dir, clock: clock.now });
    const proposed = commendation(first.id, 'Ủy ban nhân dân huyện');
    await store.updateYear(YEAR, (d) => ({ ...d, models: [first, second], commendations: [proposed] }));
    await store.compact();
    const granted = { ...proposed, status: 'granted' as const, decisionNumber: '12/QĐ' };
    await store.updateYear(YEAR, (d) => ({ ...d, commendations: [granted] })); // journalled only
    await crashCopy(dir, dir.concat('-sao'));
    await store.close();

    store = await DataStore.open({ dataDir: dir.concat('-sao'), clock: clock.now });
    reads.mockClear();
    // The year's load (started in the background by the model's page) held until the card has its answer.
    let [release, started] = [() => {}, () => {}];
    const held = new Promise<void>((resolve) => (release = resolve));
    const loading = new Promise<void>((resolve) => (started = resolve));
    reads.mockImplementation(async function (this: SnapshotFile<unknown>, ...args) {
      if (this.path.endsWith(`${YEAR}.json`)) {
        started();
        await held;
      }
      return unspiedRead.apply(this, args);
    });
    try {
      expect((await store.yearModel(YEAR, first.id))?.title).toBe('Đường giao thông');
      await loading; // the background load has started, and waits
      expect(yearReads()).toBe(1);
      expect(await store.yearCommendationsOf(YEAR, first.id)).toEqual([granted]);
      expect(await store.yearCommendationsOf(YEAR, second.id)).toEqual([]);
    } finally {
      release();
      reads.mockImplementation(unspiedRead);
      await store.close();
    }
  });

  it('writes the positions of a year that has none once it is loaded, so its next model page reads one record', async () => {
    const dir = await tempDir();
    const clock = manualClock();
    const [first, second] = [model('Đường giao thông'), model('Nước sạch')];
    let store = await DataStore.open({ dataDir: dir, clock: clock.now });
    await store.updateYear(YEAR, (d) => ({ ...d, models: [first, second] }));
    await store.close();
    // As a year written before positions were kept, and not changed since, is left.
    const positions = join(dir, 'index', `${YEAR}.vi-tri.json`);
    await rm(positions);

    store = await DataStore.open({ dataDir: dir, clock: clock.now });
    reads.mockClear();
    expect((await store.yearModel(YEAR, second.id))?.title).toBe('Nước sạch');
    expect(yearReads()).toBe(1); // no positions: the year is read
    await store.close(); // nothing changed: closing compacts nothing, so the positions are the load's doing
    expect(JSON.parse(await readFile(positions, 'utf8')).snapshot.seq).toBeGreaterThan(0);

    store = await DataStore.open({ dataDir: dir, clock: clock.now });
    try {
      reads.mockClear();
      expect(await store.yearModel(YEAR, second.id)).toEqual(second);
      expect(yearReads()).toBe(0);
      expect((await store.yearData(YEAR)).models).toEqual([first, second]);
    } finally {
      await store.close();
    }
  });

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
