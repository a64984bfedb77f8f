import { z } from 'zod';
import { listDocumentSchema } from '../documents/list-document';
import { yearSchema } from '../domain/office-settings';
import { idSchema } from '../domain/record';
import { modelFilterSchema } from './models';

/** The documents of "Báo cáo": the yearly report (Word) and the lists (Word or Excel, and printed). */
export const documentKinds = [
  'annual-report',
  'models',
  'recognised',
  'round-summary',
  'commendations',
] as const;
export type DocumentKind = (typeof documentKinds)[number];
export type ListKind = Exclude<DocumentKind, 'annual-report'>;

export const documentFormats = ['docx', 'xlsx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

const MAX_CHART_BYTES = 8 * 1024 * 1024;
const base64 = (max: number, message: string) =>
  z
    .string()
    .max(Math.ceil(max / 3) * 4, { error: message })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không hợp lệ (không phải base64).' });

/** A chart of "Tổng quan" drawn by the renderer, for the yearly report's appendix. */
export const chartImageSchema = z
  .object({
    title: z.string().min(1).max(300),
    pngBase64: base64(MAX_CHART_BYTES, 'Ảnh biểu đồ quá lớn.'),
    width: z.number().int().min(1).max(10_000),
    height: z.number().int().min(1).max(10_000),
  })
  .strict();
export type ChartImageInput = z.infer<typeof chartImageSchema>;

const requestFields = {
  kind: z.enum(documentKinds, { error: 'Loại văn bản không hợp lệ.' }),
  year: yearSchema,
  /** "Bảng tổng hợp kết quả chấm điểm" is per round. */
  roundId: idSchema.optional(),
  /** The model list's filters: "Xuất Excel" writes exactly the rows the list shows. */
  filter: modelFilterSchema.optional(),
};

const roundNeeded = (r: { kind: DocumentKind; roundId?: string | undefined }) =>
  r.kind !== 'round-summary' || r.roundId !== undefined;
const roundIssue = { path: ['roundId'], error: 'Hãy chọn đợt đánh giá cho bảng tổng hợp.' };

/** A list as data, for the print view (the same rows the Word and Excel files get). */
export const documentTableInputSchema = z
  .object({
    ...requestFields,
    kind: z.enum(documentKinds).exclude(['annual-report'], { error: 'Loại danh sách không hợp lệ.' }),
  })
  .strict()
  .refine(roundNeeded, roundIssue);

export const documentBuildInputSchema = z
  .object({
    ...requestFields,
    format: z
      .enum(documentFormats, { error: 'Định dạng tệp: chọn Word (docx) hoặc Excel (xlsx).' })
      .optional(),
    charts: z.array(chartImageSchema).max(12, { error: 'Tối đa 12 biểu đồ.' }).optional(),
  })
  .strict()
  .refine(roundNeeded, roundIssue)
  .refine((r) => r.kind !== 'annual-report' || r.format !== 'xlsx', {
    path: ['format'],
    error: 'Báo cáo năm chỉ xuất ra Word (docx).',
  })
  .refine((r) => r.kind === 'annual-report' || r.format !== undefined, {
    path: ['format'],
    error: 'Hãy chọn định dạng tệp: Word (docx) hoặc Excel (xlsx).',
  });
export type DocumentBuildInput = z.infer<typeof documentBuildInputSchema>;

export const builtFileSchema = z.object({
  /** Vietnamese, without the characters Windows refuses: "Danh sách mô hình được công nhận năm 2023.xlsx". */
  fileName: z.string(),
  mimeType: z.string(),
  dataBase64: z.string(),
});
export type BuiltFile = z.infer<typeof builtFileSchema>;

export { listDocumentSchema };
