import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { localDay, localTime } from './local-date';

export const CORRUPT_DIR = 'corrupt';

/** Moves an unreadable file out of the way, keeping every byte, and returns where it went (relative). */
export async function quarantine(dataDir: string, rel: string, now: Date): Promise<string> {
  await mkdir(join(dataDir, CORRUPT_DIR), { recursive: true });
  const movedTo = `${CORRUPT_DIR}/${rel.replaceAll('/', '_')}.${localDay(now)}-${localTime(now)}.hong`;
  await rename(join(dataDir, rel), join(dataDir, movedTo));
  return movedTo;
}
