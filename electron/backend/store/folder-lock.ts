import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export class DataFolderLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `Thư mục dữ liệu "${dataDir}" đang được một phiên Dân vận khéo khác sử dụng. ` +
        'Hãy đóng phiên đó rồi mở lại; hai phiên cùng ghi một thư mục có thể làm mất dữ liệu.',
    );
    this.name = 'DataFolderLockedError';
  }
}

/**
 * Claims the data folder for this process, so the desktop app and a preview (or two installs) never write
 * the same files at once. A lock left by a crashed process goes stale and is taken over.
 */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, '.dvk.lock'),
      stale: 15_000,
      update: 5_000,
      realpath: false,
      // Losing the lock (e.g. the machine slept) is not a reason to crash with unsaved input on screen.
      onCompromised: (error) => console.warn('Khóa thư mục dữ liệu bị mất:', error.message),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderLockedError(dataDir);
    throw error;
  }
}
