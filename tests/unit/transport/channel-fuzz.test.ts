import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/contract/channel-names';
import { contract } from '../../../shared/contract/channels';
import { envelopeSchema } from '../../../shared/contract/errors';
import { BACKUPS_DIR } from '../../../electron/backend/store/backups';
import { MAIN_FILE, YEARS_DIR } from '../../../electron/backend/store/data-files';
import { readDataFolder } from '../../../electron/backend/store/data-folder';
import { LOCK_DIR } from '../../../electron/backend/store/folder-lock';
import { JOURNAL_DIR } from '../../../electron/backend/store/journal';
import { INDEX_DIR } from '../../../electron/backend/store/year-index';
import { LOGS_DIR } from '../../../electron/backend/log/rotating-log';
import { withRound } from '../../helpers/evaluation-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { expectVietnamese } from '../../helpers/vietnamese';
import { nearValid } from '../../helpers/zod-arbitrary';

/**
 * The data as a restart would read it (snapshots with the journal replayed: compaction may rewrite the files
 * in the background without changing it), and every other file with what would change if it were written
 * (atomic writes replace it); backups by name only (a backup is never written again once made). The log is
 * left out: it records refusals on purpose.
 */
async function snapshot(dataDir: string): Promise<Record<string, unknown>> {
  const { main, years } = await readDataFolder(dataDir);
  const files: Record<string, unknown> = { data: { main, years: [...years] } };
  for (const top of await readdir(dataDir)) {
    // The lock and the log change by themselves; the data files are read above. The backups folder is not
    // walked: the day's backup may be renaming its half-made copy inside it meanwhile.
    if ([LOCK_DIR, LOGS_DIR, JOURNAL_DIR, INDEX_DIR, YEARS_DIR, MAIN_FILE].includes(top)) continue;
    const inside =
      top === BACKUPS_DIR || !(await stat(join(dataDir, top))).isDirectory()
        ? []
        : await readdir(join(dataDir, top), { recursive: true });
    for (const name of [top, ...inside.map((n) => join(top, n))]) {
      const s = await stat(join(dataDir, name));
      files[name] = s.isFile() ? `${s.ino}:${s.size}:${s.mtimeMs}` : 'dir';
    }
  }
  return files;
}

/**
 * The project's fuzz test: for every channel, input derived from its own zod schema (near-valid, with junk
 * put in at random places) and junk of any shape, sent through the backend's one door. A refusal keeps the
 * one error shape, is never INTERNAL, speaks plain Vietnamese, and leaves every file as it was.
 */
describe('every channel, fuzzed', () => {
  const tempDir = useTempDirs();

  it('refuses what it cannot take in Vietnamese, in the one error shape, changing no file', async () => {
    const { backend, dataDir, ids, memberIds, models, round } = await withRound(await tempDir());
    const known = [ids.unitId, ids.fieldId, ...memberIds, ...models.map((m) => m.id), round.id];
    let files = await snapshot(dataDir);

    for (const channel of channelNames) {
      const schema = contract[channel].input;
      const inputs = fc.oneof(
        { arbitrary: nearValid(schema, { ids: known, junk: 0.1 }), weight: 3 },
        { arbitrary: fc.anything(), weight: 1 },
      );
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          // Loading the demo set would only slow every later call down: it is tested on its own.
          fc.pre(!(channel === 'demo.load' && schema.safeParse(input).success));
          const answer = envelopeSchema.parse(await backend.handle(channel, input));
          if (answer.ok) {
            files = await snapshot(dataDir);
            return;
          }
          const context = `${channel} ${JSON.stringify(input)?.slice(0, 300)}`;
          expect(answer.error.code, `${context}: ${answer.error.message}`).not.toBe('INTERNAL');
          expectVietnamese(answer.error, context);
          expect(await snapshot(dataDir), context).toEqual(files);
        }),
        { numRuns: 15, seed: Number(process.env.DVK_FUZZ_SEED ?? 20261201) },
      );
    }
    await backend.close();
  });
});
