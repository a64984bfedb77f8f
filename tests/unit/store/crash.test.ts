import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { DataStore } from '../../../electron/backend/store/data-store';
import { decodeRecord } from '../../../electron/backend/store/journal';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';
import { SLOTS, slotId, slotYear } from './crash/stream-transactions';

const SOURCE = fileURLToPath(new URL('./crash/stream-transactions.ts', import.meta.url));
const ROUNDS = 12;

/** Runs `script` on `dataDir`, kills it with SIGKILL `afterMs` after its first answer; the last N it acknowledged. */
function streamAndKill(script: string, dataDir: string, afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir], {
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

  it(`keeps every answered change, applies no torn record, and leaves every file readable (${ROUNDS} rounds)`, async () => {
    const dir = await tempDir();
    // One bundled script: the child starts in a blink, so the rounds are spent writing, not compiling.
    const script = join(await tempDir(), 'stream-transactions.mjs');
    await build({
      entryPoints: [SOURCE],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'silent',
    });
    let answered = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acked = await streamAndKill(script, dir, 30 + Math.floor(Math.random() * 400));
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

      const store = await DataStore.open({ dataDir: dir, clock: manualClock().now });
      try {
        expect(store.problems).toEqual([]);
        const held = Number(store.mainData.settings.orgName || '0');
        // The change in flight at the kill may have reached the disk unanswered; nothing answered is lost.
        expect([answered, answered + 1]).toContain(held);
        const expected = stateAfter(held);
        expect(store.mainData.settings.orgName).toBe(expected.org);
        const titles = new Map<string, string>();
        for (const year of [2024, 2025])
          for (const m of (await store.yearData(year)).models) titles.set(m.id, `${year}: ${m.title}`);
        expect(titles).toEqual(expected.titles);
        for (const [id] of titles) expect(slotYear(Number(id.slice(-12)))).toBeGreaterThan(2023);
        answered = held;
      } finally {
        await store.close();
      }
    }
    expect(answered).toBeGreaterThan(ROUNDS);
  }, 120_000);
});
