import { open, rm, mkdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { renameRetrying } from './rename-retrying';

/** The temporary file `writeFileAtomic` writes beside its target; one left behind is an interrupted write. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes `content` so that `target` holds either the old or the new content, never a mix: a temporary file
 * beside it is written and flushed, then renamed over the target. Resolves only once the data is on disk.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  await replaceAtomically(target, (handle) => handle.writeFile(content));
}

/** What was written by `writeChunksAtomic`: its size and SHA-256, to check the file against later. */
export interface WrittenFile {
  bytes: number;
  sha256: string;
}

/** Flushed this often while writing chunks, so no burst of tens of MB waits to reach the disk at once. */
const SYNC_EVERY_BYTES = 8 * 1024 * 1024;

/**
 * `writeFileAtomic` for a large text given in chunks: each is encoded and written on its own, and between
 * two of them the event loop serves whatever else is waiting (a change to append to the journal), so a
 * 26 MB snapshot never holds the app for the time it takes to encode and write it whole.
 */
export async function writeChunksAtomic(target: string, chunks: Iterable<string>): Promise<WrittenFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  await replaceAtomically(target, async (handle) => {
    let unsynced = 0;
    for (const chunk of chunks) {
      const buffer = Buffer.from(chunk, 'utf8');
      hash.update(buffer);
      await handle.write(buffer, 0, buffer.length, null);
      bytes += buffer.length;
      unsynced += buffer.length;
      if (unsynced >= SYNC_EVERY_BYTES) {
        await handle.datasync();
        unsynced = 0;
      }
    }
  });
  return { bytes, sha256: hash.digest('hex') };
}

async function replaceAtomically(
  target: string,
  write: (handle: FileHandle) => Promise<void>,
): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameRetrying(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable. Windows cannot open a directory for syncing, and NTFS journals the rename. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
