import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { DataStore } from '../../../electron/backend/store/data-store';
import { factsOfYear } from '../../../electron/backend/store/year-index';
import type { DashboardFilter } from '../../../shared/domain/dashboard';
import { modelStatuses } from '../../../shared/domain/lifecycle';
import { ok, openBackend, settle } from '../../helpers/backend';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const YEARS = [2021, 2022, 2023];

/** Changes the staff make that move the dashboard's figures, by the channels the screens use. */
const op = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), to: fc.constantFrom(...modelStatuses) }),
  fc.record({
    kind: fc.constant('outcomes' as const),
    pick: fc.nat(),
    indicator: fc.nat(),
    value: fc.constantFrom(0, 1, 2.5, 1200, 250_000_000),
  }),
  fc.record({ kind: fc.constant('trash' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('propose' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reopenRound' as const), year: fc.constantFrom(...YEARS) }),
  fc.record({ kind: fc.constant('finaliseRound' as const), year: fc.constantFrom(...YEARS) }),
  fc.record({ kind: fc.constant('restart' as const) }),
  fc.record({ kind: fc.constant('crash' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

describe('"Tổng quan" from the year index', () => {
  const tempDir = useTempDirs();
  let demo: string;

  beforeAll(async () => {
    demo = await mkdtemp(join(tmpdir(), 'dvk-facts-demo-'));
    const backend = await openBackend(demo);
    await ok(backend, 'demo.load');
    await backend.close();
  }, 60_000);
  afterAll(() => rm(demo, { recursive: true, force: true }));

  async function filters(backend: Backend): Promise<DashboardFilter[]> {
    const { fields } = await ok(backend, 'catalogues.get');
    return YEARS.flatMap((year) => [
      { year },
      { year, kind: 'individual' as const },
      { year, fieldId: fields[0]!.id },
      { year, unitType: 'Xã, thị trấn' as const },
    ]);
  }

  async function dashboards(backend: Backend) {
    const all = [];
    for (const filter of await filters(backend)) all.push(await ok(backend, 'dashboard.get', filter));
    return all;
  }

  /** A copy of the folder as a power cut would leave it: whatever is on disk now. */
  async function crashCopy(dir: string): Promise<string> {
    const copy = await tempDir();
    await cp(dir, copy, {
      recursive: true,
      filter: (src) => !src.includes('.dvk.lock') && !src.includes('backups') && !src.endsWith('.tmp'),
    });
    return copy;
  }

  /** Changes the backend took (a refused one, e.g. a transition not allowed, changes nothing). */
  let taken = 0;
  const count = (answer: { ok: boolean }) => {
    if (answer.ok) taken++;
  };

  async function apply(backend: Backend, o: Op, clock: ReturnType<typeof manualClock>): Promise<void> {
    clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
    const year = YEARS[('pick' in o ? o.pick : 0) % YEARS.length]!;
    const pickFrom = <T>(items: readonly T[], n: number) => items[n % Math.max(1, items.length)];
    switch (o.kind) {
      case 'status':
      case 'outcomes':
      case 'trash':
      case 'propose': {
        const rows = (await ok(backend, 'models.list', { year })).rows;
        const row = pickFrom(rows, Math.floor(o.pick / YEARS.length));
        if (!row) return;
        const ref = { year, id: row.id };
        if (o.kind === 'status')
          count(await settle(backend, 'models.changeStatus', { ref, to: o.to, note: 'x' }));
        if (o.kind === 'trash') count(await settle(backend, 'models.trash', ref));
        if (o.kind === 'propose')
          count(await settle(backend, 'commendations.propose', { year, modelIds: [row.id] }));
        if (o.kind === 'outcomes') {
          const { indicators } = await ok(backend, 'catalogues.get');
          const { model } = await ok(backend, 'models.get', ref);
          const indicator = pickFrom(indicators, o.indicator)!;
          const values = { ...model.outcomes.values, [indicator.id]: o.value };
          count(
            await settle(backend, 'models.setOutcomes', { ref, outcomes: { ...model.outcomes, values } }),
          );
        }
        return;
      }
      case 'restore': {
        const row = pickFrom((await ok(backend, 'models.trashList')).rows, o.pick);
        if (row) count(await settle(backend, 'models.restore', { year: row.year, id: row.id }));
        return;
      }
      case 'withdraw': {
        const c = pickFrom(await ok(backend, 'commendations.list', { year }), Math.floor(o.pick / 3));
        if (c) count(await settle(backend, 'commendations.withdraw', { year, id: c.id }));
        return;
      }
      case 'reopenRound':
      case 'finaliseRound': {
        const round = (await ok(backend, 'rounds.list', { year: o.year })).at(-1);
        if (!round) return;
        const channel = o.kind === 'reopenRound' ? 'rounds.reopen' : 'rounds.finalise';
        count(await settle(backend, channel, { year: o.year, roundId: round.id, note: 'x' }));
        return;
      }
      case 'restart':
      case 'crash':
        return;
    }
  }

  it('equals the figures of the full years after edits, restarts (compactions) and crashes (replays)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        let dir = await tempDir();
        await cp(demo, dir, { recursive: true });
        const clock = manualClock('2026-12-01T08:00:00');
        let backend = await openBackend(dir, clock.now);
        try {
          for (const o of ops) {
            await apply(backend, o, clock);
            if (o.kind === 'restart' || o.kind === 'crash') {
              const live = await dashboards(backend);
              const copy = o.kind === 'crash' ? await crashCopy(dir) : dir;
              await backend.close();
              dir = copy;
              backend = await openBackend(dir, clock.now);
              expect(await dashboards(backend)).toEqual(live);
            }
          }
          const live = await dashboards(backend);
          await backend.close();
          // Index files as a fresh start reads them, checked against the full years' own facts.
          const indexed = await DataStore.open({ dataDir: dir, clock: clock.now });
          const fromIndex = await Promise.all(YEARS.map((y) => indexed.yearFacts(y)));
          await indexed.close();
          const full = await DataStore.open({ dataDir: dir, clock: clock.now });
          for (const [i, y] of YEARS.entries())
            expect(fromIndex[i]).toEqual(factsOfYear(await full.yearData(y)));
          await full.close();
          backend = await openBackend(dir, clock.now);
          expect(await dashboards(backend)).toEqual(live);
        } finally {
          await backend.close();
        }
      }),
      { numRuns: 12 },
    );
    expect(taken).toBeGreaterThan(5);
  }, 240_000);

  it('answers without reading a full year file once the index is written', async () => {
    const dir = await tempDir();
    await cp(demo, dir, { recursive: true });
    let backend = await openBackend(dir);
    const before = await ok(backend, 'dashboard.get', { year: 2023 });
    await backend.close();
    // Were a full year read, these would show as damaged files and empty years.
    for (const year of YEARS)
      await writeFile(join(dir, 'years', `${year}.json`), '{"schemaVersion":3,"year":20');
    backend = await openBackend(dir);
    expect(await ok(backend, 'dashboard.get', { year: 2023 })).toEqual(before);
    expect(before.figures.registered).toBe(128);
    expect(before.latestRound).not.toBeNull();
    await backend.close();
  });
});
