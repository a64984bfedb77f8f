import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { TEMP_FILE } from './atomic-write';
import { BACKUPS_DIR } from './backups';
import { CORRUPT_DIR } from './quarantine';

/**
 * Removes the temporary files of writes a crash interrupted (the data files themselves were never touched:
 * the rename had not happened). Backups and set-aside files are left as they are. Called once the folder
 * is locked, so no write of another session can be under way.
 */
export async function removeInterruptedWrites(dataDir: string): Promise<void> {
  const names = await readdir(dataDir, { recursive: true }).catch(() => [] as string[]);
  for (const name of names) {
    const top = name.split(/[/\\]/)[0];
    if (top === BACKUPS_DIR || top === CORRUPT_DIR || !TEMP_FILE.test(basename(name))) continue;
    await rm(join(dataDir, name), { force: true });
  }
}
