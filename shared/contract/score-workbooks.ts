import { z } from 'zod';
import { yearSchema } from '../domain/office-settings';
import { idSchema } from '../domain/record';
import { base64File, MAX_IMPORT_FILE_BYTES } from './imports';
import { jobIdSchema } from './jobs';

/** "Phiếu chấm điểm Excel": a member's workbook for a round, sent out and read back (issue 13 §2). */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const scoreWorkbookExportInputSchema = z
  .object({ year: yearSchema, roundId: idSchema, memberId: idSchema })
  .strict();

export const scoreWorkbookFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  dataBase64: z.string(),
});

/** A returned workbook, read on the page of the round it must belong to. */
export const scoreWorkbookInputSchema = z
  .object({
    year: yearSchema,
    roundId: idSchema,
    fileName: z
      .string()
      .min(1, { error: 'Tên tệp không được để trống.' })
      .max(255, { error: 'Tên tệp quá dài.' }),
    dataBase64: base64File(MAX_IMPORT_FILE_BYTES, 'Tệp lớn hơn 20 MB: đây không phải là phiếu chấm điểm.'),
    /** The page's id for following the reading (`jobs.progress`); it becomes the preview's `previewId`. */
    jobId: jobIdSchema.optional(),
  })
  .strict();

/** Saves a previewed workbook: what was read is kept for this, so the file is not sent or read twice. */
export const scoreWorkbookCommitSchema = z
  .object({
    year: yearSchema,
    roundId: idSchema,
    previewId: z.uuid({ error: 'Mã phiên xem trước không hợp lệ.' }),
  })
  .strict();

export const scoreChangeSchema = z.object({
  sheetName: z.string(),
  row: z.number(),
  modelId: z.uuid(),
  modelTitle: z.string(),
  criterionIndex: z.number(),
  criterion: z.string(),
  from: z.number().nullable(),
  to: z.number(),
});
export type ScoreChange = z.infer<typeof scoreChangeSchema>;

export const refusedCellSchema = z.object({
  sheetName: z.string(),
  row: z.number(),
  column: z.string(),
  message: z.string(),
});
export type RefusedCell = z.infer<typeof refusedCellSchema>;

export const scoreWorkbookPreviewSchema = z.object({
  previewId: z.uuid(),
  memberId: z.uuid(),
  memberName: z.string(),
  roundName: z.string(),
  changes: z.array(scoreChangeSchema),
  refused: z.array(refusedCellSchema),
  counts: z.object({ added: z.number(), changed: z.number(), unchanged: z.number(), refused: z.number() }),
});
export type ScoreWorkbookPreview = z.infer<typeof scoreWorkbookPreviewSchema>;
