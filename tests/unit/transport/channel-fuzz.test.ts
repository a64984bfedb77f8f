import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/contract/channel-names';
import { contract } from '../../../shared/contract/channels';
import { envelopeSchema } from '../../../shared/contract/errors';
import { BACKUPS_DIR } from '../../../electron/backend/store/backups';
import { LOCK_DIR } from '../../../electron/backend/store/folder-lock';
import { LOGS_DIR } from '../../../electron/backend/log/rotating-log';
import { withRound } from '../../helpers/evaluation-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { expectVietnamese } from '../../helpers/vietnamese';
import { nearValid } from '../../helpers/zod-arbitrary';

/**
 * Every data file of the folder with what would change if it were written (atomic writes replace it). The
 * lock and the log change by themselves (the log records refusals on purpose); backups are copies made in
 * the background after a change that was answered.
 */
async function snapshot(dataDir: string, rel = ''): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(join(dataDir, rel)).catch(() => [] as string[])) {
    const path = rel ? `${rel}/${name}` : name;
    if (!rel && [LOCK_DIR, LOGS_DIR, BACKUPS_DIR].includes(name)) continue;
    const s = await stat(join(dataDir, path)).catch(() => null);
    if (s?.isDirectory()) Object.assign(files, await snapshot(dataDir, path));
    else if (s) files[path] = `${s.ino}:${s.size}:${s.mtimeMs}`;
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
