import { z } from 'zod';
import { yearSchema } from '../domain/office-settings';
import { modelKinds, registrationTypes } from '../domain/model';
import { idSchema } from '../domain/record';
import { jobIdSchema } from './jobs';

export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** A file's bytes as base64 (the same on IPC and HTTP), at most `maxBytes`. */
export function base64File(maxBytes: number, tooBig: string) {
  return z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4, { error: tooBig })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không hợp lệ.' });
}

const fileName = z
  .string()
  .min(1, { error: 'Tên tệp không được để trống.' })
  .max(255, { error: 'Tên tệp quá dài.' });

export const fileOutputSchema = z.object({ fileName: z.string(), dataBase64: z.string() });

export const importTemplateInputSchema = z.object({ year: yearSchema }).strict();

export const importPreviewInputSchema = z
  .object({
    fileName,
    dataBase64: base64File(
      MAX_IMPORT_FILE_BYTES,
      'Tệp lớn hơn 20 MB: hãy chia danh sách thành nhiều tệp nhỏ hơn.',
    ),
    year: yearSchema,
    /** The page's id for following this preview (`jobs.progress`); it becomes the preview's `importId`. */
    jobId: jobIdSchema.optional(),
  })
  .strict();

export const importProblemSchema = z.object({
  row: z.number(),
  column: z.string(),
  message: z.string(),
  unknown: z.object({ kind: z.enum(['units', 'fields']), name: z.string() }).optional(),
});

export const importRowSchema = z.object({
  row: z.number(),
  title: z.string(),
  kind: z.enum(modelKinds),
  unitName: z.string(),
  fieldName: z.string(),
  registration: z.enum(registrationTypes),
  personName: z.string(),
  previousTitle: z.string().nullable(),
  ready: z.boolean(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importPreviewSchema = z.object({
  importId: z.uuid(),
  fileName: z.string(),
  sheetName: z.string(),
  headerRow: z.number(),
  rows: z.array(importRowSchema),
  problems: z.array(importProblemSchema),
  counts: z.object({ rows: z.number(), ready: z.number(), withProblems: z.number() }),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** An unknown unit or field: taken as an existing catalogue item, or created under the name the file gives. */
export const importMappingSchema = z.union([
  z.object({ id: idSchema }).strict(),
  z.object({ create: z.literal(true) }).strict(),
]);
export type ImportMapping = z.infer<typeof importMappingSchema>;

const mappingsByName = z.record(z.string().max(500), importMappingSchema);

export const importCommitInputSchema = z
  .object({
    importId: z.uuid({ error: 'Mã phiên nhập không hợp lệ.' }),
    skipProblemRows: z.boolean(),
    /** Keyed by the folded name (`mappingKey`). */
    mappings: z.object({ units: mappingsByName, fields: mappingsByName }).strict(),
  })
  .strict();
export type ImportMappings = z.infer<typeof importCommitInputSchema>['mappings'];
