import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BackupInfo, BackupKind } from '../../../shared/contract/storage';
import { writeFileAtomic } from './atomic-write';
import { MAIN_FILE, YEARS_DIR, YEAR_FILE_PATTERN } from './data-files';
import { tallyDataFolder } from './data-folder';
import { JOURNAL_DIR } from './journal';
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

/** The journal as it stood at one moment: closed segments, and the acknowledged bytes of the active one. */
export interface JournalState {
  closed: string[];
  active: string;
  activeBytes: number;
}

export interface BackupSource {
  /** The journal right now (read synchronously, so it is the state between two changes). */
  journal: () => JournalState | null;
  /** Runs a job on the data files in turn with compaction and restore (which replace snapshots). */
  exclusive: <R>(job: () => Promise<R>) => Promise<R>;
}

/** For a folder no store has open: the journal is whatever segments are on disk. */
function closedFolder(): BackupSource {
  let serial: Promise<unknown> = Promise.resolve();
  return {
    journal: () => null,
    exclusive: (job) => {
      const run = serial.then(job, job);
      serial = run.catch(() => undefined);
      return run;
    },
  };
}

/**
 * Copies of the data folder in `backups/<id>/`: a daily series, the user's own ("Sao lưu ngay") and the ones
 * taken before a restore, the newest 30 of each kind kept, one made at a time. A backup holds the snapshots
 * (hard links where the file system allows: snapshots are replaced, never changed in place) and the journal
 * up to the moment it was asked for. The daily one is made in the background: no change waits for it.
 */
export class Backups {
  private readonly daysTaken = new Set<string>();
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly clock: () => Date,
    private readonly source: BackupSource = closedFolder(),
  ) {}

  private get root(): string {
    return join(this.dataDir, BACKUPS_DIR);
  }

  /**
   * Called in the write queue before a change is written: the first change of a day starts a copy of the
   * data as it stood before it, and returns at once.
   */
  ensureToday(): void {
    const id = localDay(this.clock());
    if (this.daysTaken.has(id)) return;
    this.daysTaken.add(id);
    const journal = this.source.journal();
    const createdAt = this.clock().toISOString();
    const job = this.source.exclusive(async () => {
      if (await exists(join(this.root, id))) return null;
      const taken = await this.create(id, journal, createdAt);
      if (!taken) this.daysTaken.delete(id); // nothing to copy yet: try again at the next change
      return taken;
    });
    this.running = job.catch((error: unknown) => {
      this.daysTaken.delete(id);
      console.warn('Không tạo được bản sao lưu hằng ngày:', error);
    });
  }

  /** Resolves once the daily backup in progress (if any) is finished. */
  async whenIdle(): Promise<void> {
    await this.running;
  }

  /**
   * Takes a backup now, whatever the day: the user's own, or one before a restore so that the restore
   * itself can be undone. Two within the same second get distinct names.
   */
  createNamed(kind: Exclude<BackupKind, 'daily'>): Promise<BackupInfo | null> {
    const now = this.clock();
    const journal = this.source.journal();
    return this.source.exclusive(async () => {
      const base = `${localDay(now)}-${SUFFIX[kind]}-${localTime(now)}`;
      let id = base;
      for (let n = 2; await exists(join(this.root, id)); n++) id = `${base}-${n}`;
      return this.create(id, journal, now.toISOString());
    });
  }

  /** Removes half-made backups a crash or a failed copy left behind; called when the folder is opened. */
  async removePartials(): Promise<void> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    for (const name of names.filter((n) => PARTIAL.test(n)))
      await rm(join(this.root, name), { recursive: true, force: true });
  }

  /** Copies the data as it stood at `createdAt`, when `journal` was read (null: the segments on disk). */
  private async create(
    id: string,
    journal: JournalState | null,
    createdAt: string,
  ): Promise<BackupInfo | null> {
    const files = await this.snapshotFiles();
    const segments = journal
      ? [
          ...journal.closed.map((name) => ({ name, bytes: -1 })),
          { name: journal.active, bytes: journal.activeBytes },
        ]
      : (await readdir(join(this.dataDir, JOURNAL_DIR)).catch(() => [] as string[])).map((name) => ({
          name,
          bytes: -1,
        }));
    const kept = segments.filter((s) => s.bytes !== 0);
    if (files.length === 0 && kept.length === 0) return null;
    // Its own staging folder: a session that lost the folder to another may still be finishing one.
    const staging = join(this.root, `.${id}.${randomUUID()}.partial`);
    try {
      await mkdir(join(staging, YEARS_DIR), { recursive: true });
      await mkdir(join(staging, JOURNAL_DIR), { recursive: true });
      for (const file of files) await linkOrCopy(join(this.dataDir, file), join(staging, file));
      const listed = [...files];
      for (const { name, bytes } of kept) {
        const rel = `${JOURNAL_DIR}/${name}`;
        // A compaction that finished since the moment of the backup removed segments its snapshots now hold.
        if (!(await exists(join(this.dataDir, rel)))) continue;
        if (bytes < 0) await linkOrCopy(join(this.dataDir, rel), join(staging, rel));
        else await copyPrefix(join(this.dataDir, rel), join(staging, rel), bytes);
        listed.push(rel);
      }
      // Counted from the copy itself, so the list says what this backup holds; a copy that cannot be read
      // whole is still kept (a restore refuses it with the reason), its counts shown as unknown.
      const counts = await tallyDataFolder(staging, this.dataDir).catch(() => null);
      await writeFileAtomic(join(staging, MANIFEST), JSON.stringify({ createdAt, files: listed, counts }));
      await rename(staging, join(this.root, id));
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      if (await exists(join(this.root, id))) return this.describe(id);
      throw error;
    }
    await this.prune(backupKind(id));
    return this.describe(id);
  }

  private async snapshotFiles(): Promise<string[]> {
    const files: string[] = [];
    if (await exists(join(this.dataDir, MAIN_FILE))) files.push(MAIN_FILE);
    const years = await readdir(join(this.dataDir, YEARS_DIR)).catch(() => [] as string[]);
    for (const name of years.sort()) if (YEAR_FILE_PATTERN.test(name)) files.push(`${YEARS_DIR}/${name}`);
    return files;
  }

  async list(): Promise<BackupInfo[]> {
    await this.whenIdle();
    return this.listNow();
  }

  private async listNow(): Promise<BackupInfo[]> {
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
        /** Absent in backups made before the counts were recorded. */
        counts?: BackupInfo['counts'];
      };
      let bytes = 0;
      for (const file of manifest.files) bytes += (await stat(join(this.root, id, file))).size;
      const { createdAt, files, counts } = manifest;
      return { id, kind: backupKind(id), createdAt, files, bytes, counts: counts ?? null };
    } catch {
      return null;
    }
  }

  /** Absolute path of a backup's folder (the id was checked by the contract). */
  folderPath(id: string): string {
    return join(this.root, id);
  }

  /** Absolute path of a file inside a backup (the id was checked by the contract). */
  filePath(id: string, file: string): string {
    return join(this.root, id, file);
  }

  private async prune(kind: BackupKind): Promise<void> {
    const same = (await this.listNow()).filter((b) => b.kind === kind);
    for (const old of same.slice(BACKUPS_KEPT))
      await rm(join(this.root, old.id), { recursive: true, force: true });
  }
}

/** A hard link costs nothing and keeps the old content (the original is replaced, not rewritten); FAT has none. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    await copyFile(from, to);
  }
}

/** Copies the first `bytes` of a file that may be growing at its end. */
async function copyPrefix(from: string, to: string, bytes: number): Promise<void> {
  const source = await open(from, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    await source.read(buffer, 0, bytes, 0);
    await writeFileAtomic(to, buffer);
  } finally {
    await source.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
