import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { DataStore } from '../../../electron/backend/store/data-store';
import { decodeRecord } from '../../../electron/backend/store/journal';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';
import { factsOfYear } from '../../../electron/backend/store/year-index';
import { FILLER, SLOTS, slotId, slotYear } from './crash/stream-transactions';

const SOURCE = fileURLToPath(new URL('./crash/stream-transactions.ts', import.meta.url));
const ROUNDS = 12;

/** Runs `script` on `dataDir`, kills it with SIGKILL `afterMs` after its first answer; the last N it acknowledged. */
function streamAndKill(script: string, dataDir: string, afterMs: number, mode = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the child stopped by itself: ${errors}`));
      const acks = [...out.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
      resolve(acks.at(-1) ?? 0);
    });
  });
}

/** The office name and every slot's title the store must hold after transactions 1..n. */
function stateAfter(n: number): { org: string; titles: Map<string, string> } {
  const titles = new Map<string, string>();
  for (let i = Math.max(1, n - SLOTS + 1); i <= n; i++)
    titles.set(slotId(i % SLOTS), `${slotYear(i % SLOTS)}: Mô hình ${i}`);
  return { org: n === 0 ? '' : String(n), titles };
}

describe('kill -9 in the middle of a stream of transactions', () => {
  const tempDir = useTempDirs();

  /** One bundled script: the child starts in a blink, so the rounds are spent writing, not compiling. */
  async function bundled(): Promise<string> {
    const script = join(await tempDir(), 'stream-transactions.mjs');
    await build({
      entryPoints: [SOURCE],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'silent',
    });
    return script;
  }

  /** Kills the child `rounds` times at random, checking after each that the folder holds what was answered. */
  async function killRounds(rounds: number, mode: '' | 'big', killAfter: () => number): Promise<number> {
    const dir = await tempDir();
    const script = await bundled();
    let answered = 0;
    for (let round = 0; round < rounds; round++) {
      const acked = await streamAndKill(script, dir, killAfter(), mode);
      expect(acked).toBeGreaterThanOrEqual(answered);
      answered = Math.max(answered, acked);

      // Every file parses: snapshots are whole JSON, journal lines all check out but perhaps the last.
      JSON.parse(await readFile(join(dir, 'office.json'), 'utf8').catch(() => '{}'));
      for (const name of await readdir(join(dir, 'years')).catch(() => [] as string[]))
        if (name.endsWith('.json')) JSON.parse(await readFile(join(dir, 'years', name), 'utf8'));
      const segments = (await readdir(join(dir, 'journal'))).sort();
      for (const [k, name] of segments.entries()) {
        const lines = (await readFile(join(dir, 'journal', name), 'utf8')).split('\n');
        const whole = lines.slice(0, -1); // what follows the last newline is a write cut short
        const last = k === segments.length - 1;
        whole.forEach((line, i) => {
          if (!(last && i === whole.length - 1))
            expect(decodeRecord(line), `${name}:${i + 1}`).not.toBeNull();
        });
      }

      // What a start answers from the index (Tổng quan) first, then the full years.
      let store = await DataStore.open({ dataDir: dir, clock: manualClock().now });
      const indexed = [await store.yearFacts(2024), await store.yearFacts(2025)];
      await store.close();
      store = await DataStore.open({ dataDir: dir, clock: manualClock().now });
      try {
        expect(store.problems).toEqual([]);
        const held = Number(store.mainData.settings.orgName || '0');
        // The change in flight at the kill may have reached the disk unanswered; nothing answered is lost.
        expect([answered, answered + 1]).toContain(held);
        const expected = stateAfter(held);
        expect(store.mainData.settings.orgName).toBe(expected.org);
        const titles = new Map<string, string>();
        for (const year of [2024, 2025]) {
          const data = await store.yearData(year);
          for (const m of data.models) if (m.id.includes('-8000-')) titles.set(m.id, `${year}: ${m.title}`);
          if (mode === 'big' && year === 2024) expect(data.models.length - titles.size).toBe(FILLER);
        }
        expect(titles).toEqual(expected.titles);
        for (const [id] of titles) expect(slotYear(Number(id.slice(-12)))).toBeGreaterThan(2023);
        expect(indexed).toEqual([
          factsOfYear(await store.yearData(2024)),
          factsOfYear(await store.yearData(2025)),
        ]);
        answered = held;
      } finally {
        await store.close();
      }
    }
    return answered;
  }

  it(`keeps every answered change, applies no torn record, and leaves every file readable (${ROUNDS} rounds)`, async () => {
    expect(await killRounds(ROUNDS, '', () => 30 + Math.floor(Math.random() * 400))).toBeGreaterThan(ROUNDS);
  }, 120_000);

  it('does the same when most kills land while a compaction writes a snapshot of a few MB in chunks', async () => {
    expect(await killRounds(6, 'big', () => 100 + Math.floor(Math.random() * 700))).toBeGreaterThan(6);
  }, 120_000);
});
