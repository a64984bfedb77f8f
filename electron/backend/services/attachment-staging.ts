import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { YearData } from '../../../shared/domain/office-data';
import { writeFileAtomic } from '../store/atomic-write';
import type { DataStore } from '../store/data-store';
import { renameRetrying } from '../store/rename-retrying';
import { ATTACHMENTS_DIR, attachmentKey } from './attachment-files';

/**
 * Attachment files that arrive with data (a package from another office, a backup file) wait in a staging
 * folder, `attachments/.dang-nhap-<id>/<model id>/<attachment id>`, until the change that lists them is
 * committed; only then are they moved into place. A refused or failed change leaves no file behind, and a
 * crash in between leaves only the staging folder, which the next start settles (`settleStagedAttachments`).
 */
const STAGING_PREFIX = '.dang-nhap-';

/** `<model id>/<attachment id>` of every attachment that `years` list. */
export function listedAttachments(years: Iterable<YearData>): Set<string> {
  const keys = new Set<string>();
  for (const year of years)
    for (const model of year.models)
      for (const a of model.attachments) keys.add(attachmentKey(model.id, a.id));
  return keys;
}

export class AttachmentStaging {
  private constructor(
    private readonly dataDir: string,
    private readonly dir: string,
  ) {}

  /** Stages one file, unless the data folder already holds it: an attachment's id names one file for good. */
  async put(modelId: string, attachmentId: string, bytes: Uint8Array): Promise<void> {
    if (await exists(join(this.dataDir, ATTACHMENTS_DIR, modelId, attachmentId))) return;
    await writeFileAtomic(join(this.dir, modelId, attachmentId), bytes);
  }

  /**
   * Runs `change` with the files staged by `stage`, then settles them against what `listedAfter` reads from
   * the data; whatever goes wrong before the change is committed, the staged files are removed.
   */
  static async around<R>(
    dataDir: string,
    stage: (staging: AttachmentStaging) => Promise<void>,
    change: () => Promise<R>,
    listedAfter: () => Promise<ReadonlySet<string>>,
  ): Promise<R> {
    const dir = join(dataDir, ATTACHMENTS_DIR, `${STAGING_PREFIX}${randomUUID()}`);
    let result: R;
    try {
      await stage(new AttachmentStaging(dataDir, dir));
      result = await change();
    } catch (error) {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    await settleFolder(dataDir, dir, await listedAfter());
    return result;
  }
}

/**
 * At start: the staging folders a crash left. Their files that the data lists (the change was committed, the
 * moves had not finished) go into place; the rest (the change never committed) are removed. The data is only
 * read when such a folder exists.
 */
export async function settleStagedAttachments(store: DataStore): Promise<void> {
  const root = join(store.dataDir, ATTACHMENTS_DIR);
  const left = (await readdir(root).catch(() => [] as string[])).filter((n) => n.startsWith(STAGING_PREFIX));
  if (left.length === 0) return;
  const years = await Promise.all((await store.storedYears()).map((y) => store.yearData(y)));
  const listed = listedAttachments(years);
  for (const name of left) await settleFolder(store.dataDir, join(root, name), listed);
}

async function settleFolder(dataDir: string, dir: string, listed: ReadonlySet<string>): Promise<void> {
  for (const modelId of await readdir(dir).catch(() => [] as string[])) {
    for (const attachmentId of await readdir(join(dir, modelId)).catch(() => [] as string[])) {
      const live = join(dataDir, ATTACHMENTS_DIR, modelId, attachmentId);
      if (!listed.has(attachmentKey(modelId, attachmentId)) || (await exists(live))) continue;
      await mkdir(join(dataDir, ATTACHMENTS_DIR, modelId), { recursive: true });
      await renameRetrying(join(dir, modelId, attachmentId), live);
    }
  }
  await rm(dir, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
