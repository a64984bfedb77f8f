import { z } from 'zod';
import { unitTypes } from '../domain/catalogues';
import { modelStatuses } from '../domain/lifecycle';
import {
  modelKinds,
  modelRefSchema,
  modelSchema,
  outcomesSchema,
  registrationTypes,
  modelFormSchema,
} from '../domain/model';
import { yearSchema } from '../domain/office-settings';
import { idSchema } from '../domain/record';
import { textField } from '../text/normalize';

/** The list's filters (they live in the URL too). `year: null` means every year. */
export const modelFilterSchema = z
  .object({
    year: yearSchema.nullable(),
    fieldId: idSchema.optional(),
    unitId: idSchema.optional(),
    unitType: z.enum(unitTypes, { error: 'Loại đơn vị không hợp lệ.' }).optional(),
    kind: z.enum(modelKinds).optional(),
    registration: z.enum(registrationTypes).optional(),
    status: z.enum(modelStatuses).optional(),
    /** "Đơn vị gửi": the office a data package brought the models from (`model.origin`). */
    origin: z.string().max(400, { error: 'Tên đơn vị gửi quá dài.' }).optional(),
    search: z.string().max(200, { error: 'Từ khóa tìm kiếm quá dài.' }).optional(),
  })
  .strict();
export type ModelFilter = z.infer<typeof modelFilterSchema>;

/** One line of the list: what the table shows and sorts on, without the long texts. */
export const modelRowSchema = modelSchema.pick({
  id: true,
  year: true,
  title: true,
  kind: true,
  unitId: true,
  fieldId: true,
  commune: true,
  hamlet: true,
  status: true,
  registration: true,
  personName: true,
  updatedAt: true,
  deletedAt: true,
  origin: true,
});
export type ModelRow = z.infer<typeof modelRowSchema>;

export const modelListSchema = z.object({
  rows: z.array(modelRowSchema),
  /**
   * Each row's folded search text (title, person, place; `modelSearchText`), as the backend keeps it: the list
   * narrows the rows it holds as the clerk types without folding thousands of titles itself.
   */
  search: z.array(z.string()),
  /** Models of the chosen year(s) before the other filters and the search. */
  total: z.number(),
  /** Every "Đơn vị gửi" among those models, in Vietnamese order: empty when all were registered here. */
  origins: z.array(z.string()),
});
export type ModelList = z.infer<typeof modelListSchema>;

export const modelLinkSchema = z.object({ year: z.number(), id: z.string(), title: z.string() });
export type ModelLink = z.infer<typeof modelLinkSchema>;

export const modelDetailSchema = z.object({
  model: modelSchema,
  links: z.object({
    continuedFrom: modelLinkSchema.nullable(),
    continuedAs: z.array(modelLinkSchema),
    replicates: modelLinkSchema.nullable(),
    replicatedBy: z.array(modelLinkSchema),
  }),
});
export type ModelDetail = z.infer<typeof modelDetailSchema>;

export const modelUpdateSchema = z.object({ ref: modelRefSchema, form: modelFormSchema }).strict();

export const statusChangeInputSchema = z
  .object({
    ref: modelRefSchema,
    to: z.enum(modelStatuses, { error: 'Trạng thái không hợp lệ.' }),
    note: textField('Ghi chú', 1000),
  })
  .strict();

export const outcomesInputSchema = z.object({ ref: modelRefSchema, outcomes: outcomesSchema }).strict();

export const continueInputSchema = z
  .object({ refs: z.array(modelRefSchema).min(1, { error: 'Hãy chọn ít nhất một mô hình.' }).max(5000) })
  .strict();

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const attachmentAddSchema = z
  .object({
    ref: modelRefSchema,
    name: z
      .string()
      .min(1, { error: 'Tên tệp không được để trống.' })
      .max(255, { error: 'Tên tệp quá dài.' }),
    /** The file's bytes, base64: the same on IPC and HTTP. */
    dataBase64: z
      .string()
      .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, { error: 'Tệp đính kèm không được lớn hơn 50 MB.' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không hợp lệ.' }),
  })
  .strict();

export const attachmentRefSchema = z.object({ ref: modelRefSchema, attachmentId: idSchema }).strict();

export const attachmentContentSchema = z.object({ name: z.string(), dataBase64: z.string() });
