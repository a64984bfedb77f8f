import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/contract/storage';
import { writeFileAtomic } from './atomic-write';
import { MAIN_FILE, YEARS_DIR, YEAR_FILE_PATTERN } from './data-files';
import { localDay, localTime } from './local-date';

export const BACKUPS_DIR = 'backups';
/** How many of each kind are kept: manual backups never push out the daily series, nor the reverse. */
export const BACKUPS_KEPT = 30;
const MANIFEST = 'backup.json';
const PARTIAL = /^\..*\.partial$/;

/** The suffix of each kind's names; a daily backup is named by its day alone. */
const SUFFIX: Record<Exclude<BackupKind, 'daily'>, string> = {
  manual: 'thu-cong',
  'before-restore': 'truoc-khoi-phuc',
};

/** What kind of backup an id names: "2026-11-29", "2026-11-29-thu-cong-191502", "…-truoc-khoi-phuc-…". */
export function backupKind(id: string): BackupKind {
  if (id.includes(`-${SUFFIX.manual}-`)) return 'manual';
  if (id.includes(`-${SUFFIX['before-restore']}-`)) return 'before-restore';
  return 'daily';
}

/** The data files a backup holds, relative to the data folder. Attachments are not copied: they are never edited in place. */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const files: string[] = [];
  if (await exists(join(dataDir, MAIN_FILE))) files.push(MAIN_FILE);
  const years = await readdir(join(dataDir, YEARS_DIR)).catch(() => [] as string[]);
  for (const name of years.sort()) if (YEAR_FILE_PATTERN.test(name)) files.push(`${YEARS_DIR}/${name}`);
  return files;
}

/**
 * Copies of the data files in `backups/<id>/`: a daily series, the user's own ("Sao lưu ngay") and the ones
 * taken before a restore, the newest 30 of each kind kept. One backup is made at a time.
 */
export class Backups {
  private serial: Promise<unknown> = Promise.resolve();

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
    await this.oneAtATime(async () => {
      if (!(await exists(join(this.root, id)))) await this.create(id);
    });
  }

  /**
   * Takes a backup now, whatever the day: the user's own, or one before a restore so that the restore
   * itself can be undone. Two within the same second get distinct names.
   */
  createNamed(kind: Exclude<BackupKind, 'daily'>): Promise<BackupInfo | null> {
    return this.oneAtATime(async () => {
      const now = this.clock();
      const base = `${localDay(now)}-${SUFFIX[kind]}-${localTime(now)}`;
      let id = base;
      for (let n = 2; await exists(join(this.root, id)); n++) id = `${base}-${n}`;
      return this.create(id);
    });
  }

  /** Removes half-made backups a crash or a failed copy left behind; called when the folder is opened. */
  async removePartials(): Promise<void> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    for (const name of names.filter((n) => PARTIAL.test(n)))
      await rm(join(this.root, name), { recursive: true, force: true });
  }

  private oneAtATime<R>(task: () => Promise<R>): Promise<R> {
    const run = this.serial.then(task, task);
    this.serial = run.catch(() => undefined);
    return run;
  }

  private async create(id: string): Promise<BackupInfo | null> {
    const files = await listDataFiles(this.dataDir);
    if (files.length === 0) return null;
    const staging = join(this.root, `.${id}.partial`);
    try {
      await rm(staging, { recursive: true, force: true });
      await mkdir(join(staging, YEARS_DIR), { recursive: true });
      for (const file of files) await cp(join(this.dataDir, file), join(staging, file));
      const createdAt = this.clock().toISOString();
      await writeFileAtomic(join(staging, MANIFEST), JSON.stringify({ createdAt, files }));
      await rename(staging, join(this.root, id));
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    await this.prune(backupKind(id));
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
      return { id, kind: backupKind(id), createdAt: manifest.createdAt, files: manifest.files, bytes };
    } catch {
      return null;
    }
  }

  /** Absolute path of a file inside a backup (the id was checked by the contract). */
  filePath(id: string, file: string): string {
    return join(this.root, id, file);
  }

  private async prune(kind: BackupKind): Promise<void> {
    const same = (await this.list()).filter((b) => b.kind === kind);
    for (const old of same.slice(BACKUPS_KEPT))
      await rm(join(this.root, old.id), { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
