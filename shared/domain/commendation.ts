import { z } from 'zod';
import { requiredText, textField } from '../text/normalize';
import { isRecognised, type ModelStatus } from './lifecycle';
import { recordMetaSchema } from './record';
import { storedShape } from './stored-shape';

/**
 * "Đề nghị khen thưởng" / "Khen thưởng" (domain.md §5): recorded beside a model's status, so a model stays
 * "Tiêu biểu" while it is proposed and after it is granted.
 */
export const commendationStatuses = ['proposed', 'granted'] as const;
export type CommendationStatus = (typeof commendationStatuses)[number];
export const commendationStatusLabels: Record<CommendationStatus, string> = {
  proposed: 'Đề nghị khen thưởng',
  granted: 'Đã khen thưởng',
};

/** A commendation's form: "Khác" is named by what was typed beside it. */
export const commendationFormText = (c: Pick<Commendation, 'form' | 'formOther'>) =>
  c.form === 'Khác' ? c.formOther : c.form;

/** Only a model the committee recognised ("Công nhận" or "Tiêu biểu") can be put forward for a commendation. */
export const isCommendable: (status: ModelStatus) => boolean = isRecognised;

export const commendationForms = ['Giấy khen', 'Bằng khen', 'Khác'] as const;
export type CommendationForm = (typeof commendationForms)[number];

const formField = z.enum(commendationForms, {
  error: 'Hình thức khen thưởng: chọn “Giấy khen”, “Bằng khen” hoặc “Khác”.',
});

/** What the proposal carries; the form and issuer may be unknown until the decision. */
export const commendationProposalFields = {
  form: formField,
  formOther: textField('Hình thức khen thưởng khác', 200),
  issuer: textField('Cơ quan khen thưởng', 200),
  note: textField('Ghi chú', 1000),
};

/** The decision ("Quyết định khen thưởng"): everything is required. */
export const commendationGrantFields = {
  form: formField,
  formOther: textField('Hình thức khen thưởng khác', 200),
  issuer: requiredText('Cơ quan khen thưởng', 200),
  decisionNumber: requiredText('Số quyết định', 50),
  decisionDate: z.iso.date({ error: 'Ngày quyết định: không hợp lệ (định dạng yyyy-mm-dd).' }),
};

/** "Khác" needs its name, or the printed list would say only "Khác". */
export function formOtherIssue(c: { form: CommendationForm; formOther: string }): string | null {
  return c.form === 'Khác' && c.formOther === ''
    ? 'Hình thức khen thưởng khác: hãy ghi rõ hình thức khi chọn “Khác”.'
    : null;
}

export const commendationHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  action: z.enum(['propose', 'grant']),
  note: z.string(),
  by: z.string(),
});

export const commendationSchema = recordMetaSchema.extend({
  modelId: z.uuid(),
  /** The finalised round whose result led to the proposal; null when the status was set by hand. */
  roundId: z.uuid().nullable(),
  status: z.enum(commendationStatuses),
  ...storedShape(commendationProposalFields),
  decisionNumber: z.string(),
  decisionDate: z.iso.date().nullable(),
  history: z.array(commendationHistoryEntrySchema),
});
export type Commendation = z.infer<typeof commendationSchema>;
