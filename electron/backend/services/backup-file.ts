import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { BackupCounts, BackupFilePreview } from '../../../shared/contract/storage';
import { sanitizeFileName } from '../../../shared/text/file-name';
import { readZip, writeZip, ZipError } from '../exchange/zip';
import { noProgress, unfollowed, type JobHandle, type Progress } from '../jobs';
import { writeFileAtomic } from '../store/atomic-write';
import { BACKUPS_DIR } from '../store/backups';
import { readDataFolder, wholeFolder, type FolderData } from '../store/data-folder';
import type { DataStore } from '../store/data-store';
import { UnreadableFileError } from '../store/validated-json-file';
import { ATTACHMENTS_DIR } from './attachment-files';
import { AttachmentStaging, listedAttachments } from './attachment-staging';

/**
 * "Sao lưu ra tệp" and "Khôi phục từ tệp": one zip the user can carry on a USB stick, holding the data files of
 * a backup just taken (so a consistent state: snapshots and journal as of one moment), the attachment files
 * that data lists, and a manifest with the app version, the date, the counts and a checksum of every file.
 */
const FORMAT = 'dan-van-kheo-sao-luu';
const FORMAT_VERSION = 1;
const MANIFEST = 'manifest.json';
const MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024 - 1;
/** The data files of a backup folder, under `data/` in the zip. */
const DATA_PATH = /^data\/(office\.json|years\/\d{4}\.json|journal\/[0-9]{1,20}\.jsonl)$/;
const ATTACHMENT_PATH = /^attachments\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;
const SET_ASIDE_DIR = '.da-xoa';

const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  appVersion: z.string().max(40),
  createdAt: z.string().max(40),
  orgName: z.string().max(400),
  years: z.array(z.number().int()),
  counts: z.object({ models: z.number(), rounds: z.number(), attachments: z.number() }),
  files: z
    .array(z.object({ path: z.string().max(300), bytes: z.number(), sha256: z.string() }))
    .max(1_000_000),
});
type Manifest = z.infer<typeof manifestSchema>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const refuse = (message: string) => new AppError('VALIDATION', message);
const NOT_A_BACKUP = 'Tệp không phải là tệp sao lưu của Dân vận khéo';

/** Whether version `a` ("1.4.2") is newer than `b`; parts that are not numbers count as 0. */
export function isNewerVersion(a: string, b: string): boolean {
  const parts = (v: string) =>
    v
      .split(/[.+-]/)
      .slice(0, 3)
      .map((p) => Number(p) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

function countsOf(data: FolderData, attachments: number): BackupCounts {
  let models = 0;
  let rounds = 0;
  for (const year of data.years.values()) {
    models += year.models.length;
    rounds += year.rounds.length;
  }
  return { models, rounds, attachments };
}

/** Takes a backup now and packs it, with the attachment files its data lists, into one zip. */
export async function exportBackupFile(store: DataStore, appVersion: string) {
  const info = await store.backups.createNamed('manual');
  if (!info) throw refuse('Chưa có dữ liệu nào để sao lưu.');
  const data = await readDataFolder(store.backups.folderPath(info.id));
  const entries: { path: string; data: Uint8Array }[] = [];
  for (const file of info.files)
    entries.push({ path: `data/${file}`, data: await readFile(store.backups.filePath(info.id, file)) });
  let attachments = 0;
  for (const year of data.years.values()) {
    for (const model of year.models) {
      for (const attachment of model.attachments) {
        // A file removed since the backup was taken waits in the set-aside folder.
        const live = join(store.dataDir, ATTACHMENTS_DIR, model.id, attachment.id);
        const aside = join(store.dataDir, ATTACHMENTS_DIR, SET_ASIDE_DIR, model.id, attachment.id);
        const bytes = await readFile(live).catch(() => readFile(aside).catch(() => null));
        if (!bytes) continue;
        entries.push({ path: `${ATTACHMENTS_DIR}/${model.id}/${attachment.id}`, data: bytes });
        attachments++;
      }
    }
  }
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion,
    createdAt: info.createdAt,
    orgName: data.main?.settings.orgName ?? '',
    years: [...data.years.keys()].sort((a, b) => a - b),
    counts: countsOf(data, attachments),
    files: entries.map((e) => ({ path: e.path, bytes: e.data.length, sha256: sha256(e.data) })),
  };
  const zip = writeZip([
    { path: MANIFEST, data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    ...entries,
  ]);
  const stamp = info.id.slice(0, 10);
  return {
    fileName: sanitizeFileName(`Sao lưu Dân vận khéo ${stamp}.zip`) ?? `sao-luu-${stamp}.zip`,
    mimeType: 'application/zip',
    dataBase64: zip.toString('base64'),
  };
}

interface CheckedFile {
  manifest: Manifest;
  /** Every file but the manifest, by its path in the zip, checked against the manifest. */
  files: Map<string, Buffer>;
}

/** Refuses anything that is not a sound backup file of this or an older version of the app. */
async function checkBackupFile(bytes: Buffer, appVersion: string, progress: Progress): Promise<CheckedFile> {
  if (bytes.length === 0) throw refuse('Tệp rỗng (0 byte): hãy chọn đúng tệp sao lưu.');
  await progress('Đang giải nén tệp sao lưu', 0);
  let zip: Map<string, Buffer>;
  try {
    zip = await readZip(bytes, MAX_UNZIPPED_BYTES, (done, total) =>
      progress('Đang giải nén tệp sao lưu', (0.2 * done) / total),
    );
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    throw refuse(`${NOT_A_BACKUP} (không đọc được dạng nén .zip).`);
  }
  const rawManifest = zip.get(MANIFEST);
  let raw: unknown;
  try {
    raw = rawManifest ? JSON.parse(rawManifest.toString('utf8')) : null;
  } catch {
    raw = null;
  }
  if ((raw as { format?: unknown } | null)?.format !== FORMAT) throw refuse(`${NOT_A_BACKUP}.`);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw refuse('Tệp sao lưu bị hỏng: phần mô tả (manifest.json) không hợp lệ.');
  const manifest = parsed.data;
  if (manifest.formatVersion > FORMAT_VERSION || isNewerVersion(manifest.appVersion, appVersion)) {
    throw refuse(
      `Tệp sao lưu được tạo bởi phiên bản ${manifest.appVersion} của Dân vận khéo, mới hơn phiên bản này ` +
        `(${appVersion}). Hãy cập nhật Dân vận khéo lên phiên bản ${manifest.appVersion} hoặc mới hơn rồi khôi phục lại.`,
    );
  }
  const files = new Map<string, Buffer>();
  for (const [i, { path, sha256: sum }] of manifest.files.entries()) {
    await progress('Đang kiểm tra các tệp trong tệp sao lưu', 0.2 + (0.2 * i) / manifest.files.length);
    const data = zip.get(path);
    if (!DATA_PATH.test(path) && !ATTACHMENT_PATH.test(path))
      throw refuse(`Tệp sao lưu bị hỏng: đường dẫn “${path.slice(0, 100)}” không hợp lệ.`);
    if (!data) throw refuse(`Tệp sao lưu bị thiếu tệp “${path}”.`);
    if (sha256(data) !== sum)
      throw refuse(`Tệp sao lưu bị hỏng: tệp “${path}” không khớp mã kiểm tra. Không khôi phục gì.`);
    files.set(path, data);
  }
  if (zip.size !== files.size + 1)
    throw refuse('Tệp sao lưu bị hỏng: có tệp không được ghi trong phần mô tả.');
  return { manifest, files };
}

/**
 * Unpacks the data files into a staging folder under `backups/` (a crash leaves a `.partial` folder, which the
 * next start removes), reads them as a restore would, and hands both to `use`; the folder is then removed.
 */
async function withUnpacked<R>(
  store: DataStore,
  checked: CheckedFile,
  progress: Progress,
  use: (dir: string, data: FolderData) => Promise<R>,
): Promise<R> {
  const dir = join(store.dataDir, BACKUPS_DIR, `.tu-tep-${randomUUID()}.partial`);
  try {
    await progress('Đang giải nén dữ liệu', 0.4);
    for (const [path, bytes] of checked.files) {
      if (!DATA_PATH.test(path)) continue;
      const target = join(dir, path.slice('data/'.length));
      await mkdir(dirname(target), { recursive: true });
      await writeFileAtomic(target, bytes);
    }
    let data: FolderData;
    await progress('Đang đọc dữ liệu', 0.5);
    try {
      data = wholeFolder(await readDataFolder(dir));
    } catch (error) {
      const reason = error instanceof UnreadableFileError ? error.reason : String(error);
      throw refuse(`Tệp sao lưu không dùng được (${reason}). Không khôi phục gì.`);
    }
    return await use(dir, data);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function previewOf(fileName: string, { manifest, files }: CheckedFile, data: FolderData): BackupFilePreview {
  const attachments = [...files.keys()].filter((p) => ATTACHMENT_PATH.test(p)).length;
  return {
    fileName,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    orgName: data.main?.settings.orgName ?? manifest.orgName,
    years: [...data.years.keys()].sort((a, b) => a - b),
    counts: countsOf(data, attachments),
  };
}

/** What a backup file holds; refuses a bad one with a Vietnamese message and writes nothing lasting. */
export async function previewBackupFile(
  store: DataStore,
  appVersion: string,
  fileName: string,
  bytes: Buffer,
  progress: Progress = noProgress,
): Promise<BackupFilePreview> {
  const checked = await checkBackupFile(bytes, appVersion, progress);
  return withUnpacked(store, checked, progress, (_dir, data) =>
    Promise.resolve(previewOf(fileName, checked, data)),
  );
}

/**
 * Restores a backup file through the store's own restore (a safety backup of the current state first, then
 * the data as one journal record). The attachment files wait in a staging folder until the restore is
 * committed: should it be refused, none of them stay behind.
 */
export async function restoreBackupFile(
  store: DataStore,
  appVersion: string,
  fileName: string,
  bytes: Buffer,
  job: JobHandle = unfollowed,
): Promise<void> {
  const checked = await checkBackupFile(bytes, appVersion, job.progress);
  await withUnpacked(store, checked, job.progress, (dir) => {
    job.writing('Đang khôi phục', 0.9);
    return AttachmentStaging.around(
      store.dataDir,
      async (staging) => {
        for (const [path, data] of checked.files) {
          const match = ATTACHMENT_PATH.exec(path);
          if (match) await staging.put(match[1]!, match[2]!, data);
        }
      },
      () => store.restoreFolder(dir, `Tệp sao lưu “${fileName}”`),
      async () =>
        listedAttachments(await Promise.all((await store.storedYears()).map((y) => store.yearData(y)))),
    );
  });
}
