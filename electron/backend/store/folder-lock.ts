import { mkdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import { formatDateTime } from '../../../shared/format/date';
import { writeFileAtomic } from './atomic-write';

export const LOCK_DIR = '.dvk.lock';
const OWNER_FILE = 'owner.json';
/** How often the holder touches its owner file, so another machine on a shared folder sees it is alive. */
const HEARTBEAT_MS = 5_000;
/** A lock not touched for this long belongs to no running session (another machine's, or paused/frozen). */
export const LOCK_STALE_MS = 30_000;

/** Who holds the data folder: written into the lock when it is taken. */
interface LockOwner {
  pid: number;
  host: string;
  since: string;
  token: string;
}

export class DataFolderLockedError extends Error {
  constructor(dataDir: string, owner: LockOwner | null) {
    const opened = owner ? new Date(owner.since) : null;
    const since = opened && !Number.isNaN(opened.getTime()) ? ` (mở lúc ${formatDateTime(opened)})` : '';
    const where = owner && owner.host !== hostname() ? ` trên máy "${owner.host}"` : '';
    super(
      `Thư mục dữ liệu "${dataDir}" đang được một cửa sổ Dân vận khéo khác sử dụng${where}${since}. ` +
        'Hãy chuyển sang cửa sổ đó, hoặc đóng nó rồi mở lại (thử lại). ' +
        'Hai cửa sổ cùng ghi một thư mục có thể làm mất dữ liệu.',
    );
    this.name = 'DataFolderLockedError';
  }
}

/** The lock on the data folder, held by this session until `release`. */
export interface FolderLock {
  /** Throws (DATA_UNAVAILABLE) if another session has taken the folder over: nothing may be written then. */
  assertHeld(): Promise<void>;
  release(): Promise<void>;
}

/** Tokens of the locks this process holds, so two stores in one process still exclude each other. */
const heldHere = new Set<string>();

/**
 * Claims the data folder for this session, so the desktop app and a preview (or two installs) never write
 * the same files at once. A lock whose owner is gone is taken over at once: on this machine, when its
 * process no longer runs; from anywhere, when its owner stopped touching it `LOCK_STALE_MS` ago.
 */
export async function lockDataFolder(dataDir: string): Promise<FolderLock> {
  const dir = join(dataDir, LOCK_DIR);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    token: randomUUID(),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readOwner(dir);
      if (attempt > 2 || !(await isAbandoned(dir, holder))) throw new DataFolderLockedError(dataDir, holder);
      // Renamed first, so that of two sessions taking over the same dead lock only one removes it.
      const aside = `${dir}.${randomUUID()}.old`;
      await rename(dir, aside).catch(() => undefined);
      await rm(aside, { recursive: true, force: true });
    }
  }
  await writeFileAtomic(join(dir, OWNER_FILE), JSON.stringify(owner));
  heldHere.add(owner.token);
  return new HeldLock(dir, owner.token);
}

class HeldLock implements FolderLock {
  private lost = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly dir: string,
    private readonly token: string,
  ) {
    this.timer = setInterval(() => void this.heartbeat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  async assertHeld(): Promise<void> {
    if (!this.lost && (await this.stillOurs())) return;
    this.markLost();
    throw new AppError(
      'DATA_UNAVAILABLE',
      'Cửa sổ này không còn giữ thư mục dữ liệu: một cửa sổ Dân vận khéo khác đã mở thư mục này. ' +
        'Thay đổi vừa rồi chưa được lưu; mọi thay đổi đã lưu trước đó vẫn còn. ' +
        'Hãy đóng cửa sổ này và tiếp tục trên cửa sổ kia.',
    );
  }

  async release(): Promise<void> {
    clearInterval(this.timer);
    heldHere.delete(this.token);
    if (this.lost || !(await this.stillOurs())) return;
    // A lock that cannot be removed (the disk went read-only) is taken over at the next start anyway.
    await rm(this.dir, { recursive: true, force: true }).catch((error: unknown) =>
      console.warn('Không gỡ được khóa thư mục dữ liệu:', error),
    );
  }

  private async heartbeat(): Promise<void> {
    if (this.lost) return;
    if (!(await this.stillOurs())) return this.markLost();
    const now = new Date();
    await utimes(join(this.dir, OWNER_FILE), now, now).catch(() => undefined);
  }

  private async stillOurs(): Promise<boolean> {
    return (await readOwner(this.dir))?.token === this.token;
  }

  private markLost(): void {
    if (this.lost) return;
    this.lost = true;
    clearInterval(this.timer);
    heldHere.delete(this.token);
    console.warn(`Khóa thư mục dữ liệu đã bị một phiên khác lấy (${this.dir}); phiên này ngừng ghi.`);
  }
}

async function readOwner(dir: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(join(dir, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || typeof owner.token !== 'string')
      return null;
    return { pid: owner.pid, host: owner.host, since: String(owner.since), token: owner.token };
  } catch {
    return null;
  }
}

async function isAbandoned(dir: string, holder: LockOwner | null): Promise<boolean> {
  if (holder?.host === hostname()) {
    if (holder.pid === process.pid) return !heldHere.has(holder.token);
    if (!processRuns(holder.pid)) return true;
  }
  // Another machine's lock, one being written this instant, or one from an older version: by its age.
  const touched = await stat(holder ? join(dir, OWNER_FILE) : dir).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  return Date.now() - touched > LOCK_STALE_MS;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
