import { z } from 'zod';
import { yearSchema } from '../domain/office-settings';
import { base64File } from './imports';
import { jobIdSchema } from './jobs';

export const MAX_PACKAGE_BYTES = 100 * 1024 * 1024;

export const exchangeExportInputSchema = z
  .object({
    years: z
      .array(yearSchema)
      .min(1, { error: 'Hãy chọn ít nhất một năm.' })
      .max(100)
      .refine((ys) => new Set(ys).size === ys.length, { error: 'Năm bị chọn trùng.' }),
  })
  .strict();

export const exchangePreviewInputSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    dataBase64: base64File(MAX_PACKAGE_BYTES, 'Gói dữ liệu lớn hơn 100 MB.'),
    /** The page's id for following the reading (`jobs.progress`); it becomes the preview's `packageId`. */
    jobId: jobIdSchema.optional(),
  })
  .strict();

const choiceSchema = z.enum(['local', 'incoming']);

export const kindSummarySchema = z.object({
  kind: z.string(),
  label: z.string(),
  year: z.number().nullable(),
  new: z.number(),
  changed: z.number(),
  deleted: z.number(),
  conflicts: z.number(),
});

export const exchangeConflictSchema = z.object({
  key: z.string(),
  label: z.string(),
  year: z.number().nullable(),
  title: z.string(),
  /** The record's title on each side; null when that side deleted it. */
  localTitle: z.string().nullable(),
  incomingTitle: z.string().nullable(),
  /** The fields in which the two copies differ, with both values as the office reads them. */
  differences: z.array(z.object({ label: z.string(), local: z.string(), incoming: z.string() })),
  /** When each side last changed it; null when that side deleted it. */
  localUpdatedAt: z.string().nullable(),
  incomingUpdatedAt: z.string().nullable(),
  /** Who made each side's last change, where the record keeps it (a change of status does, an edit not). */
  localChangedBy: z.string().nullable(),
  incomingChangedBy: z.string().nullable(),
  newer: choiceSchema,
});
export type ExchangeConflict = z.infer<typeof exchangeConflictSchema>;

export const exchangePreviewSchema = z.object({
  packageId: z.uuid(),
  summary: z.object({
    office: z.string(),
    exportedAt: z.string(),
    appVersion: z.string(),
    years: z.array(z.number()),
    counts: z.record(z.string(), z.number()),
    kinds: z.array(kindSummarySchema),
  }),
  conflicts: z.array(exchangeConflictSchema),
});
export type ExchangePreview = z.infer<typeof exchangePreviewSchema>;

export const exchangeCommitInputSchema = z
  .object({
    packageId: z.uuid({ error: 'Mã gói dữ liệu không hợp lệ.' }),
    /** Conflict key → the side kept; a conflict not listed keeps the newer change. */
    resolutions: z.record(z.string().max(200), choiceSchema),
  })
  .strict();
