import { rename as fsRename } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * On Windows an antivirus scan, the search indexer or a backup tool that has the target open makes a
 * rename fail for a moment with EPERM, EBUSY or EACCES. Waiting and trying again (about 1.5 s in all)
 * rides that out; any other failure, or one that lasts, is the caller's to report.
 */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
export const RENAME_RETRY_DELAYS_MS = [20, 50, 100, 200, 400, 800];

export async function renameRetrying(
  from: string,
  to: string,
  {
    rename = fsRename,
    delays = RENAME_RETRY_DELAYS_MS,
  }: { rename?: (from: string, to: string) => Promise<void>; delays?: readonly number[] } = {},
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || attempt >= delays.length) throw error;
      await sleep(delays[attempt]);
    }
  }
}
