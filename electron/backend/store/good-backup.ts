import type { BackupInfo } from '../../../shared/contract/storage';
import type { Backups } from './backups';
import { MAIN_FILE, YEARS_DIR, YEAR_FILE_PATTERN } from './data-files';
import { readDataFolder } from './data-folder';
import { JOURNAL_DIR } from './journal';

/** The data files a backup holds good copies of (it reads, and has that file's data), or none. */
async function goodFiles(backups: Backups, id: string): Promise<Set<string>> {
  try {
    const data = await readDataFolder(backups.folderPath(id));
    const files = new Set<string>([JOURNAL_DIR]);
    if (data.main) files.add(MAIN_FILE);
    for (const year of data.years.keys()) files.add(`${YEARS_DIR}/${year}.json`);
    return files;
  } catch {
    return new Set();
  }
}

/**
 * Finds, for a file that could not be read, the newest backup made before that was found which holds a
 * good copy of it: a backup taken after (today's, of the emptied folder) would bring nothing back. A backup
 * never changes once made, so what each holds is read once.
 */
export function goodBackupFinder(backups: Backups) {
  const held = new Map<string, Promise<Set<string>>>();
  return async (file: string, foundAt: string): Promise<Pick<BackupInfo, 'id' | 'createdAt'> | null> => {
    if (
      file !== MAIN_FILE &&
      file !== JOURNAL_DIR &&
      !YEAR_FILE_PATTERN.test(file.slice(YEARS_DIR.length + 1))
    )
      return null;
    for (const backup of await backups.list()) {
      if (backup.createdAt >= foundAt) continue;
      let files = held.get(backup.id);
      if (!files) held.set(backup.id, (files = goodFiles(backups, backup.id)));
      if ((await files).has(file)) return { id: backup.id, createdAt: backup.createdAt };
    }
    return null;
  };
}
