import { mkdir, readdir, rename, rm, rmdir, stat, utimes } from 'node:fs/promises';
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

/** `<model id>/<attachment id>`: how an attachment's file is named, in the data folder and while it is added. */
export const attachmentKey = (modelId: string, attachmentId: string) => `${modelId}/${attachmentId}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Moves aside the attachment files no record lists: left by earlier versions, or by a crash between an added
 * file's write and its change. Aside, never deleted here: a backup may still list one (restoring it puts the
 * file back, `reviveAttachments`), and they are pruned as removed files are, once no backup can list them.
 * The files are moved within the write queue, after a read of the records no change has landed since, so no
 * change that lists a file lands between the two; a file being added is written before its change is
 * queued, so `adding` names those.
 * Only what this app writes is looked at: folders and files named by ids. Answers how many were moved.
 */
export async function sweepOrphanAttachments(
  store: DataStore,
  clock: Clock,
  adding: ReadonlySet<string>,
): Promise<number> {
  const root = join(store.dataDir, ATTACHMENTS_DIR);
  const onDisk = new Map<string, string[]>();
  for (const entry of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory() || !UUID.test(entry.name)) continue;
    const files = await readdir(join(root, entry.name), { withFileTypes: true }).catch(() => []);
    onDisk.set(
      entry.name,
      files.filter((f) => f.isFile() && UUID.test(f.name)).map((f) => f.name),
    );
  }
  if (onDisk.size === 0) return 0;
  // Read outside the queue, so that a year whose models cannot be read alone (no positions file) is loaded
  // while saves go on; read again inside it only if a change landed meanwhile (it may list a file).
  const readAt = store.committed;
  const outside = await listedFor(store, onDisk.keys());
  return store.transact(async () => {
    const listed = store.committed === readAt ? outside : await listedFor(store, onDisk.keys());
    let moved = 0;
    for (const [modelId, files] of onDisk) {
      for (const attachmentId of files) {
        const key = attachmentKey(modelId, attachmentId);
        if (listed.has(key) || adding.has(key)) continue;
        await setAsideAttachment(store.dataDir, modelId, attachmentId, clock);
        moved += 1;
      }
      // Emptied (or found empty): the folder goes too; one still holding files stays.
      await rmdir(live(store.dataDir, modelId)).catch(() => undefined);
    }
    return moved;
  });
}

/**
 * The attachments that the models `modelIds` list, reading only the years that hold them (found by index),
 * and of those only these models' records while the year is not loaded. Throws while a year read shows empty
 * because its file could not be read.
 */
async function listedFor(store: DataStore, modelIds: Iterable<string>): Promise<Set<string>> {
  const wanted = new Set(modelIds);
  const listed = new Set<string>();
  for (const year of await store.storedYears()) {
    const ids = new Set((await store.yearIndex(year)).links().id.filter((id) => wanted.has(id)));
    // A year that could not be read answers no model: its models' files are not orphans, nothing is moved.
    await store.assertYearReadable(year);
    if (ids.size === 0) continue;
    const models = await store.yearModelsOf(year, ids);
    await store.assertYearReadable(year);
    for (const model of models) {
      for (const a of model.attachments) listed.add(attachmentKey(model.id, a.id));
    }
  }
  return listed;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
