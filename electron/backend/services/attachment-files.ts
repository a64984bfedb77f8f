import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../clock';
import type { DataStore } from '../store/data-store';

export const ATTACHMENTS_DIR = 'attachments';
/**
 * Removed attachment files wait here (`attachments/.da-xoa/<model id>/<attachment id>`, dated by their
 * time) while a backup may still list them, so restoring that backup brings back the files too.
 */
const SET_ASIDE_DIR = '.da-xoa';

const live = (dataDir: string, modelId: string, attachmentId = '') =>
  join(dataDir, ATTACHMENTS_DIR, modelId, attachmentId);
const setAside = (dataDir: string, modelId: string, attachmentId = '') =>
  join(dataDir, ATTACHMENTS_DIR, SET_ASIDE_DIR, modelId, attachmentId);

/** Moves one removed attachment's file aside, dated now. */
export async function setAsideAttachment(
  dataDir: string,
  modelId: string,
  attachmentId: string,
  clock: Clock,
): Promise<void> {
  await mkdir(setAside(dataDir, modelId), { recursive: true });
  const target = setAside(dataDir, modelId, attachmentId);
  try {
    await rename(live(dataDir, modelId, attachmentId), target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await utimes(target, clock(), clock());
}

/** Moves every file of a destroyed model aside. */
export async function setAsideModelAttachments(
  dataDir: string,
  modelId: string,
  clock: Clock,
): Promise<void> {
  const names = await readdir(live(dataDir, modelId)).catch(() => [] as string[]);
  for (const name of names) await setAsideAttachment(dataDir, modelId, name, clock);
  await rm(live(dataDir, modelId), { recursive: true, force: true });
}

/** After a restore: puts back the files of every attachment the restored data lists and the folder lacks. */
export async function reviveAttachments(store: DataStore): Promise<void> {
  for (const year of await store.storedYears()) {
    for (const model of (await store.yearData(year)).models) {
      for (const attachment of model.attachments) {
        const from = setAside(store.dataDir, model.id, attachment.id);
        if (!(await exists(from)) || (await exists(live(store.dataDir, model.id, attachment.id)))) continue;
        await mkdir(live(store.dataDir, model.id), { recursive: true });
        await rename(from, live(store.dataDir, model.id, attachment.id));
      }
    }
  }
}

/**
 * Deletes set-aside files no backup can list: those set aside before the oldest backup was made (every
 * backup was taken after they left the data). With no backup at all, none can.
 */
export async function pruneSetAsideAttachments(
  dataDir: string,
  oldestBackupAt: string | null,
): Promise<void> {
  const before = oldestBackupAt ? new Date(oldestBackupAt).getTime() : Infinity;
  const root = join(dataDir, ATTACHMENTS_DIR, SET_ASIDE_DIR);
  for (const modelId of await readdir(root).catch(() => [] as string[])) {
    for (const name of await readdir(join(root, modelId)).catch(() => [] as string[])) {
      const file = join(root, modelId, name);
      if ((await stat(file)).mtimeMs < before) await rm(file, { force: true });
    }
    if ((await readdir(join(root, modelId))).length === 0) await rm(join(root, modelId), { recursive: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
