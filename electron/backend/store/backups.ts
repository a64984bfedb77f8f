import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract/storage';
import { writeFileAtomic } from './atomic-write';
import { MAIN_FILE, YEARS_DIR, YEAR_FILE_PATTERN } from './data-files';
import { localDay, localTime } from './local-date';

export const BACKUPS_DIR = 'backups';
export const BACKUPS_KEPT = 30;
const MANIFEST = 'backup.json';

/** The data files a backup holds, relative to the data folder. Attachments are not copied: they are never edited in place. */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const files: string[] = [];
  if (await exists(join(dataDir, MAIN_FILE))) files.push(MAIN_FILE);
  const years = await readdir(join(dataDir, YEARS_DIR)).catch(() => [] as string[]);
  for (const name of years.sort()) if (YEAR_FILE_PATTERN.test(name)) files.push(`${YEARS_DIR}/${name}`);
  return files;
}

/** Daily copies of the data files in `backups/<day>/`, the newest 30 kept. */
export class Backups {
  constructor(
    private readonly dataDir: string,
    private readonly clock: () => Date,
  ) {}

  private get root(): string {
    return join(this.dataDir, BACKUPS_DIR);
  }

  /** Called before every write: the first write of a day first copies the data as it stood. */
  async ensureToday(): Promise<void> {
    const id = localDay(this.clock());
    if (await exists(join(this.root, id))) return;
    await this.create(id);
  }

  /** Takes a backup now, whatever the day; used before a restore so the restore itself can be undone. */
  async createNamed(suffix: string): Promise<BackupInfo | null> {
    const now = this.clock();
    return this.create(`${localDay(now)}-${suffix}-${localTime(now)}`);
  }

  private async create(id: string): Promise<BackupInfo | null> {
    const files = await listDataFiles(this.dataDir);
    if (files.length === 0) return null;
    const staging = join(this.root, `.${id}.partial`);
    await rm(staging, { recursive: true, force: true });
    await mkdir(join(staging, YEARS_DIR), { recursive: true });
    for (const file of files) await cp(join(this.dataDir, file), join(staging, file));
    const createdAt = this.clock().toISOString();
    await writeFileAtomic(join(staging, MANIFEST), JSON.stringify({ createdAt, files }));
    await rename(staging, join(this.root, id));
    await this.prune();
    return this.describe(id);
  }

  async list(): Promise<BackupInfo[]> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    const infos = await Promise.all(names.filter((n) => !n.startsWith('.')).map((n) => this.describe(n)));
    return infos
      .filter((i): i is BackupInfo => i !== null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async describe(id: string): Promise<BackupInfo | null> {
    try {
      const manifest = JSON.parse(await readFile(join(this.root, id, MANIFEST), 'utf8')) as {
        createdAt: string;
        files: string[];
      };
      let bytes = 0;
      for (const file of manifest.files) bytes += (await stat(join(this.root, id, file))).size;
      return { id, createdAt: manifest.createdAt, files: manifest.files, bytes };
    } catch {
      return null;
    }
  }

  /** Absolute path of a file inside a backup (the id was checked by the contract). */
  filePath(id: string, file: string): string {
    return join(this.root, id, file);
  }

  private async prune(): Promise<void> {
    const all = await this.list();
    for (const old of all.slice(BACKUPS_KEPT))
      await rm(join(this.root, old.id), { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
