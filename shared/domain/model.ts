import { z } from 'zod';
import { requiredText, textField } from '../text/normalize';
import { modelStatuses } from './lifecycle';
import { yearSchema } from './office-settings';
import { idSchema, recordMetaSchema } from './record';
import { storedShape } from './stored-shape';

export const modelKinds = ['collective', 'individual'] as const;
export type ModelKind = (typeof modelKinds)[number];
export const kindLabels: Record<ModelKind, string> = { collective: 'Tập thể', individual: 'Cá nhân' };

export const registrationTypes = ['new', 'continued'] as const;
export type RegistrationType = (typeof registrationTypes)[number];
export const registrationLabels: Record<RegistrationType, string> = {
  new: 'Đăng ký mới',
  continued: 'Duy trì',
};

const isoDate = z.iso.date({ error: 'Ngày không hợp lệ (định dạng yyyy-mm-dd).' });

/** "Địa bàn" (domain.md §4): the registration form asks it in two fields, the print shows them on one line. */
export const placeLabel = 'Địa bàn';

/**
 * The label of each field of a model, exact as domain.md §4 has it: the one table the form, its messages, the
 * Excel columns, the registration print, the model page and the conflict list all read.
 */
export const modelLabels = {
  year: 'Năm',
  title: 'Tên mô hình',
  kind: 'Hình thức',
  unitId: 'Đơn vị đăng ký',
  personName: 'Họ và tên',
  personPosition: 'Chức vụ',
  fieldId: 'Lĩnh vực',
  registration: 'Loại đăng ký',
  previousId: 'Mô hình năm trước',
  replicatesId: 'Nhân rộng từ',
  commune: `${placeLabel} (xã, thị trấn)`,
  hamlet: `${placeLabel} (thôn, bản, tổ dân phố)`,
  situation: 'Thực trạng, lý do xây dựng',
  goals: 'Mục tiêu',
  content: 'Nội dung, cách thức thực hiện',
  participants: 'Đối tượng tham gia',
  forces: 'Lực lượng thực hiện',
  resources: 'Nguồn lực',
  startDate: 'Thời gian bắt đầu',
  endDate: 'Thời gian kết thúc',
  expectedResults: 'Kết quả dự kiến',
  sustainability: 'Khả năng duy trì, nhân rộng',
  contactName: 'Người phụ trách',
  contactPhone: 'Số điện thoại',
  status: 'Trạng thái',
  outcomes: 'Kết quả đạt được',
  attachments: 'Tệp đính kèm',
  origin: 'Đơn vị gửi',
} as const;
const L = modelLabels;

/**
 * "Đăng ký mô hình" (domain.md §4): the fields the staff type, in the form's order. The messages name each
 * field by its label, so they read well beside the input.
 */
const modelFields = z
  .object({
    year: yearSchema,
    title: requiredText(L.title, 500),
    kind: z.enum(modelKinds, {
      error: `${L.kind}: chọn “${kindLabels.collective}” hoặc “${kindLabels.individual}”.`,
    }),
    unitId: z.uuid({ error: `${L.unitId}: hãy chọn một đơn vị.` }),
    personName: textField(L.personName, 100),
    personPosition: textField(L.personPosition, 200),
    fieldId: z.uuid({ error: `${L.fieldId}: hãy chọn một lĩnh vực.` }),
    registration: z.enum(registrationTypes, {
      error: `${L.registration}: chọn “${registrationLabels.new}” hoặc “${registrationLabels.continued}”.`,
    }),
    previousId: idSchema.nullable(),
    replicatesId: idSchema.nullable(),
    commune: textField(L.commune, 200),
    hamlet: textField(L.hamlet, 200),
    situation: textField(L.situation, 10_000),
    goals: textField(L.goals, 10_000),
    content: textField(L.content, 20_000),
    participants: textField(L.participants, 2_000),
    forces: textField(L.forces, 2_000),
    resources: textField(L.resources, 2_000),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    expectedResults: textField(L.expectedResults, 10_000),
    sustainability: textField(L.sustainability, 10_000),
    contactName: textField(L.contactName, 100),
    contactPhone: textField(L.contactPhone, 30).pipe(
      z
        .string()
        .regex(/^[0-9+ .()-]*$/, { error: `${L.contactPhone} chỉ gồm chữ số, dấu cách và + . ( ) -.` }),
    ),
  })
  .strict();

/** Each field's own schema, so the form checks a field with the same rule the backend applies. */
export const modelFieldSchemas = modelFields.shape;

type RegistrationRuleInput = Pick<
  z.output<typeof modelFields>,
  'kind' | 'personName' | 'personPosition' | 'startDate' | 'endDate'
>;

/**
 * The rules between the fields of a registration (domain.md §4), one copy for the contract and the form:
 * a person's name and position for "Cá nhân", an end after the start. Last year's model is offered for
 * "Duy trì" but not required: in the first year kept in the app it is not in the data.
 */
export function registrationIssues(
  m: RegistrationRuleInput,
): { path: [keyof RegistrationRuleInput]; message: string }[] {
  const issues: { path: [keyof RegistrationRuleInput]; message: string }[] = [];
  if (m.kind === 'individual') {
    if (!m.personName)
      issues.push({
        path: ['personName'],
        message: `${L.personName}: bắt buộc khi hình thức là “${kindLabels.individual}”.`,
      });
    if (!m.personPosition)
      issues.push({
        path: ['personPosition'],
        message: `${L.personPosition}: bắt buộc khi hình thức là “${kindLabels.individual}”.`,
      });
  }
  if (m.startDate && m.endDate && m.endDate < m.startDate) {
    issues.push({ path: ['endDate'], message: `${L.endDate} phải sau thời gian bắt đầu.` });
  }
  return issues;
}

export const modelFormSchema = modelFields.superRefine((m, ctx) => {
  for (const issue of registrationIssues(m)) ctx.addIssue({ code: 'custom', ...issue });
});
export type ModelForm = z.infer<typeof modelFormSchema>;
export type ModelFormInput = z.input<typeof modelFormSchema>;

/** A blank registration for `year`: texts '', optional links and dates null, as the backend stores them. */
export function blankModelForm(year: number): Omit<ModelForm, 'unitId' | 'fieldId'> {
  return {
    year,
    title: '',
    kind: 'collective',
    personName: '',
    personPosition: '',
    registration: 'new',
    previousId: null,
    replicatesId: null,
    commune: '',
    hamlet: '',
    situation: '',
    goals: '',
    content: '',
    participants: '',
    forces: '',
    resources: '',
    startDate: null,
    endDate: null,
    expectedResults: '',
    sustainability: '',
    contactName: '',
    contactPhone: '',
  };
}

const formKeys = Object.keys(modelFields.shape) as (keyof ModelForm)[];

/** The registration fields of a stored model, as the form and `models.update` take them. */
export function modelFormOf(model: ModelForm): ModelForm {
  return Object.fromEntries(formKeys.map((key) => [key, model[key]])) as ModelForm;
}

/**
 * What the history records beside changes of status (domain.md §5): a commendation granted or a proposal
 * withdrawn. Such an entry keeps the status (from = to); files written before it existed stay valid.
 */
export const historyEvents = ['commended', 'commendation_withdrawn'] as const;
export type HistoryEvent = (typeof historyEvents)[number];
export const historyEventLabels: Record<HistoryEvent, string> = {
  commended: 'Đã khen thưởng',
  commendation_withdrawn: 'Rút đề nghị khen thưởng',
};

export const statusChangeSchema = z.object({
  at: z.iso.datetime(),
  from: z.enum(modelStatuses).nullable(),
  to: z.enum(modelStatuses),
  note: z.string(),
  /** Who made the change: the user signed in to Windows. */
  by: z.string(),
  event: z.enum(historyEvents).optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

const outcomeValue = z
  .number({ error: 'Kết quả phải là số.' })
  .nonnegative({ error: 'Kết quả không được âm.' })
  .max(1e15, { error: 'Kết quả quá lớn.' });

export const outcomesSchema = z.object({
  narrative: textField(L.outcomes, 20_000),
  /** indicator id → amount, in the indicator's measure. */
  values: z.record(idSchema, outcomeValue),
});
export type Outcomes = z.infer<typeof outcomesSchema>;

export const attachmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  addedAt: z.iso.datetime(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A stored model: the form, its lifecycle, outcomes and files. `deletedAt` set means it is in the trash. */
export const modelSchema = recordMetaSchema.extend({
  ...storedShape(modelFields.shape),
  year: z.number().int(),
  status: z.enum(modelStatuses),
  history: z.array(statusChangeSchema),
  outcomes: outcomesSchema,
  attachments: z.array(attachmentSchema),
  deletedAt: z.iso.datetime().nullable(),
  /** The office a data package brought it from ("Xã Chu Hương"); absent when registered here. */
  origin: z.string().optional(),
});
export type Model = z.infer<typeof modelSchema>;

export const modelRefSchema = z.object({ year: yearSchema, id: idSchema }).strict();
export type ModelRef = z.infer<typeof modelRefSchema>;
