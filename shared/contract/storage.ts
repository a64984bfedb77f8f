import { z } from 'zod';
import { base64File } from './imports';
import { jobIdSchema } from './jobs';

/**
 * A data file that could not be used: `corrupt` (moved aside instead of being overwritten), `unreadable`
 * (the disk would not give it; left in place), `newer` (saved by a newer version of the app; left in place,
 * and nothing is written until the app is updated).
 */
export const storageProblemSchema = z.object({
  id: z.string(),
  kind: z.enum(['corrupt', 'unreadable', 'newer']),
  file: z.string(),
  reason: z.string(),
  movedTo: z.string().nullable(),
  at: z.string(),
  /** The newest backup, made before the problem, that holds a good copy of the file (status only). */
  backup: z.object({ id: z.string(), createdAt: z.string() }).nullable().optional(),
});
export type StorageProblem = z.infer<typeof storageProblemSchema>;

/** The daily series taken at the first write of a day, the user's "Sao lưu ngay", the copy before a restore. */
export const backupKinds = ['daily', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof backupKinds)[number];
export const backupKindLabels: Record<BackupKind, string> = {
  daily: 'Tự động hằng ngày',
  manual: 'Sao lưu thủ công',
  'before-restore': 'Trước khi khôi phục',
};

export const backupInfoSchema = z.object({
  id: z.string(),
  kind: z.enum(backupKinds),
  createdAt: z.string(),
  files: z.array(z.string()),
  bytes: z.number(),
  /** Models and rounds it holds, counted when it was made; null for backups made before counts were kept. */
  counts: z.object({ models: z.number(), rounds: z.number() }).nullable(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const storageStatusSchema = z.object({
  dataDir: z.string(),
  problems: z.array(storageProblemSchema),
  backups: z.array(backupInfoSchema),
});
export type StorageStatus = z.infer<typeof storageStatusSchema>;

export const backupIdSchema = z
  .string({ error: 'Mã bản sao lưu không hợp lệ.' })
  .regex(/^\d{4}-\d{2}-\d{2}(-[a-z0-9-]+)?$/, { error: 'Mã bản sao lưu không hợp lệ.' });

/** A backup file ("Sao lưu ra tệp") read back is refused past this size, like a data package. */
export const MAX_BACKUP_FILE_BYTES = 100 * 1024 * 1024;

export const backupFileInputSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    dataBase64: base64File(MAX_BACKUP_FILE_BYTES, 'Tệp sao lưu lớn hơn 100 MB.'),
    /** The page's id for following the reading or the restore (`jobs.progress`). */
    jobId: jobIdSchema.optional(),
  })
  .strict();

export const backupCountsSchema = z.object({
  models: z.number(),
  rounds: z.number(),
  attachments: z.number(),
});
export type BackupCounts = z.infer<typeof backupCountsSchema>;

/** What a backup file holds, shown before "Khôi phục từ tệp" is confirmed. */
export const backupFilePreviewSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  orgName: z.string(),
  years: z.array(z.number()),
  counts: backupCountsSchema,
});
export type BackupFilePreview = z.infer<typeof backupFilePreviewSchema>;
