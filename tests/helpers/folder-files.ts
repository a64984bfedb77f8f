import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backend } from '../../electron/backend/backend';

/**
 * Every file of a data folder with a hash of its bytes, to show a call wrote nothing: the log, the lock and
 * the derived year indexes (which a read may refresh in the background) aside.
 */
export async function folderFiles(dir: string, under = ''): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (['logs', '.dvk.lock', 'index'].includes(rel)) continue;
    if (entry.isDirectory()) Object.assign(files, await folderFiles(dir, rel));
    else
      files[rel] = createHash('sha256')
        .update(await readFile(join(dir, rel)))
        .digest('hex');
  }
  return files;
}

/** The folder's files once `backend` has finished the day's backup, which it makes in the background. */
export async function settledFiles(backend: Backend, dir: string): Promise<Record<string, string>> {
  await backend.handle('storage.status', undefined);
  return folderFiles(dir);
}
