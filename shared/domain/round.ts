import { z } from 'zod';
import { requiredText } from '../text/normalize';
import { modelStatuses } from './lifecycle';
import { halfPointsSchema } from './points';
import { distinctIds } from './id-list';
import { recordMetaSchema } from './record';
import { rubricSchema } from './rubric';
import { storedShape } from './stored-shape';

/** "Đợt đánh giá": a committee's scoring of a set of models, e.g. "Tổng kết năm 2023". */
export const roundStatuses = ['open', 'finalised'] as const;
export type RoundStatus = (typeof roundStatuses)[number];
export const roundStatusLabels: Record<RoundStatus, string> = {
  open: 'Đang chấm điểm',
  finalised: 'Đã chốt kết quả',
};

/** Classification on the members' average (domain.md §6): at or above each threshold, in points. */
export const thresholdsSchema = z
  .object({
    exemplary: halfPointsSchema('Ngưỡng “Tiêu biểu”', { min: 0, max: 100 }),
    recognised: halfPointsSchema('Ngưỡng “Công nhận”', { min: 0, max: 100 }),
  })
  .strict()
  .refine((t) => t.exemplary > t.recognised, {
    path: ['exemplary'],
    error: 'Ngưỡng “Tiêu biểu” phải cao hơn ngưỡng “Công nhận”.',
  });
export type Thresholds = z.infer<typeof thresholdsSchema>;
export const defaultThresholds: Thresholds = { exemplary: 90, recognised: 70 };

/** What the staff set on a round, in the form's order. */
export const roundFormFields = {
  name: requiredText('Tên đợt đánh giá', 200),
  date: z.iso.date({ error: 'Ngày đánh giá: không hợp lệ (định dạng yyyy-mm-dd).' }),
  memberIds: distinctIds('Thành viên chấm điểm').min(1, {
    error: 'Thành viên chấm điểm: hãy chọn ít nhất một thành viên.',
  }),
  thresholds: thresholdsSchema,
  /** Drop one highest and one lowest total before averaging, when at least 5 members scored. */
  dropExtremes: z.boolean({ error: 'Loại điểm cao nhất, thấp nhất: giá trị không hợp lệ.' }),
  modelIds: distinctIds('Mô hình được đánh giá').min(1, {
    error: 'Mô hình được đánh giá: hãy chọn ít nhất một mô hình.',
  }),
};

export const roundHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  action: z.enum(['finalise', 'reopen']),
  note: z.string(),
  by: z.string(),
});
export type RoundHistoryEntry = z.infer<typeof roundHistoryEntrySchema>;

/** A status the round gave a model when it was finalised: what reopening it takes back. */
export const appliedResultSchema = z.object({
  modelId: z.uuid(),
  from: z.enum(modelStatuses),
  to: z.enum(modelStatuses),
});
export type AppliedResult = z.infer<typeof appliedResultSchema>;

export const roundSchema = recordMetaSchema.extend({
  year: z.number().int(),
  ...storedShape(roundFormFields),
  /** Copies of the rubrics at creation: editing a rubric later never changes this round's sheets or results. */
  rubrics: z.object({ collective: rubricSchema, individual: rubricSchema }),
  status: z.enum(roundStatuses),
  history: z.array(roundHistoryEntrySchema),
  /** Set by the last finalise, emptied by reopening. */
  applied: z.array(appliedResultSchema),
});
export type Round = z.infer<typeof roundSchema>;
