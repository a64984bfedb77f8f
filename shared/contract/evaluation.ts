import { z } from 'zod';
import {
  commendationGrantFields,
  commendationProposalFields,
  formOtherIssue,
  type CommendationForm,
} from '../domain/commendation';
import { distinctIds } from '../domain/id-list';
import { yearSchema } from '../domain/office-settings';
import { idSchema } from '../domain/record';
import { defaultThresholds, roundFormFields, roundSchema } from '../domain/round';
import { MAX_CRITERIA } from '../domain/rubric';
import { roundResultsSchema } from '../domain/scoring';
import { textField } from '../text/normalize';

/** Inputs and outputs of the evaluation channels: rubrics, rounds, sheets, commendations. */

export const yearOnlySchema = z.object({ year: yearSchema }).strict();

export const roundRefSchema = z.object({ year: yearSchema, roundId: idSchema }).strict();
export type RoundRef = z.infer<typeof roundRefSchema>;

/**
 * A new round takes its models either listed (`modelIds`) or as "every model of the year still waiting for
 * its evaluation" (`allOfYear: true`), never both.
 */
export const roundCreateSchema = z
  .object({
    year: yearSchema,
    ...roundFormFields,
    thresholds: roundFormFields.thresholds.default(defaultThresholds),
    dropExtremes: roundFormFields.dropExtremes.default(false),
    modelIds: roundFormFields.modelIds.optional(),
    allOfYear: z.literal(true, { error: 'Chọn tất cả mô hình: giá trị không hợp lệ.' }).optional(),
    /** Which rubric to copy for each kind; by default the first one of that kind. */
    rubricIds: z
      .object({ collective: idSchema.optional(), individual: idSchema.optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if ((input.modelIds === undefined) === (input.allOfYear === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['modelIds'],
        message: 'Mô hình được đánh giá: hãy chọn các mô hình, hoặc chọn tất cả mô hình của năm.',
      });
    }
  });
export type RoundCreateInput = z.input<typeof roundCreateSchema>;

export const roundUpdateSchema = z
  .object({ year: yearSchema, roundId: idSchema, ...roundFormFields })
  .strict();
export type RoundUpdateInput = z.input<typeof roundUpdateSchema>;

export const roundDecisionSchema = roundRefSchema.extend({ note: textField('Ghi chú', 1000) }).strict();

/** A line of the rounds list: the round and how far its scoring has come. */
export const roundListItemSchema = roundSchema.extend({
  progress: roundResultsSchema.shape.progress,
});

const cellRef = {
  year: yearSchema,
  roundId: idSchema,
  memberId: idSchema,
  modelId: idSchema,
};
/** Score values are checked against the round's rubric by the backend, whose message names the criterion. */
const pointsValue = z.number({ error: 'Điểm phải là số.' }).nullable();

export const setScoreSchema = z
  .object({
    ...cellRef,
    criterionIndex: z
      .number({ error: 'Số thứ tự tiêu chí phải là số.' })
      .int({ error: 'Số thứ tự tiêu chí phải là số nguyên.' })
      .min(0, { error: 'Số thứ tự tiêu chí không hợp lệ.' })
      .max(MAX_CRITERIA - 1, { error: 'Số thứ tự tiêu chí không hợp lệ.' }),
    value: pointsValue,
  })
  .strict();
export type SetScoreInput = z.input<typeof setScoreSchema>;

export const setTotalSchema = z.object({ ...cellRef, value: pointsValue }).strict();
export type SetTotalInput = z.input<typeof setTotalSchema>;

function requireFormOther(input: { form: CommendationForm; formOther: string }, ctx: z.RefinementCtx): void {
  const issue = formOtherIssue(input);
  if (issue) ctx.addIssue({ code: 'custom', path: ['formOther'], message: issue });
}

export const commendationProposeSchema = z
  .object({
    year: yearSchema,
    modelIds: distinctIds('Mô hình đề nghị khen thưởng').min(1, { error: 'Hãy chọn ít nhất một mô hình.' }),
    form: commendationProposalFields.form.default('Giấy khen'),
    formOther: commendationProposalFields.formOther.default(''),
    issuer: commendationProposalFields.issuer.default(''),
    note: commendationProposalFields.note.default(''),
  })
  .strict()
  .superRefine(requireFormOther);
export type CommendationProposeInput = z.input<typeof commendationProposeSchema>;

/** The decision's fields, the same for one proposal and for several. */
const decisionFields = {
  ...commendationGrantFields,
  formOther: commendationGrantFields.formOther.default(''),
  note: commendationProposalFields.note.default(''),
};

export const commendationGrantSchema = z
  .object({ year: yearSchema, id: idSchema, ...decisionFields })
  .strict()
  .superRefine(requireFormOther);
export type CommendationGrantInput = z.input<typeof commendationGrantSchema>;

/** "Ghi quyết định" for the proposals ticked in the list, all with one decision. */
export const commendationGrantManySchema = z
  .object({
    year: yearSchema,
    ids: distinctIds('Đề nghị khen thưởng').min(1, { error: 'Hãy chọn ít nhất một mô hình.' }),
    ...decisionFields,
  })
  .strict()
  .superRefine(requireFormOther);
export type CommendationGrantManyInput = z.input<typeof commendationGrantManySchema>;

export const commendationRefSchema = z.object({ year: yearSchema, id: idSchema }).strict();
