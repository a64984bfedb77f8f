import { createHash } from 'node:crypto';
import { posix, win32 } from 'node:path';

export interface ProfileFolderOptions {
  /** The data folder this run works on (DVK_DATA_DIR, or the default under %APPDATA%). */
  dataDir: string;
  platform: NodeJS.Platform;
  /** %LOCALAPPDATA% on Windows: machine-local, not roamed, not what a user copies to a USB stick. */
  localAppData: string | undefined;
  /** The system temp folder, where the profile goes when there is no %LOCALAPPDATA% (Linux, macOS). */
  tempDir: string;
}

/**
 * Chromium's own folder (caches, GPU cache, Local State, crash dumps, the single-instance lock), kept
 * outside the data folder so that folder holds only the app's files, and one per data folder: Electron
 * scopes the single-instance lock to this folder, so two runs on the same data folder meet (the second
 * brings the first to the front) while a run on another folder (a test's DVK_DATA_DIR) starts normally.
 * Windows paths are compared without case, as Windows does.
 */
export function chromiumProfileDir({
  dataDir,
  platform,
  localAppData,
  tempDir,
}: ProfileFolderOptions): string {
  const path = platform === 'win32' ? win32 : posix;
  const resolved = path.resolve(dataDir);
  const key = platform === 'win32' ? resolved.toLowerCase() : resolved;
  const id = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return path.join(localAppData || tempDir, 'DanVanKheo', 'Chromium', id);
}
