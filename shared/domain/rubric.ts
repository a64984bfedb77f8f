import { z } from 'zod';
import { formatNumber } from '../format/number';
import { requiredText } from '../text/normalize';
import { modelKinds, type ModelKind } from './model';
import { halfPointsSchema } from './points';
import { idSchema, recordMetaSchema } from './record';
import { storedShape } from './stored-shape';

/**
 * "Bộ tiêu chí" (domain.md §6): what a committee member scores a model on. Classification thresholds are
 * points out of 100, so every rubric is a 100-point scale: weights can move between criteria, the total cannot.
 */
export const RUBRIC_TOTAL = 100;
export const MAX_CRITERIA = 30;

const criterionFields = {
  text: requiredText('Nội dung tiêu chí', 1000),
  maxPoints: halfPointsSchema('Điểm tối đa', { min: 0.5, max: RUBRIC_TOTAL }),
};

const rubricFields = {
  name: requiredText('Tên bộ tiêu chí', 200),
  kind: z.enum(modelKinds, { error: 'Áp dụng cho: chọn “Tập thể” hoặc “Cá nhân”.' }),
};

export const criterionSchema = z.object({ id: z.uuid(), ...storedShape(criterionFields) });
export type Criterion = z.infer<typeof criterionSchema>;

export const rubricSchema = recordMetaSchema.extend({
  ...storedShape(rubricFields),
  criteria: z.array(criterionSchema),
});
export type Rubric = z.infer<typeof rubricSchema>;

export function rubricTotal(rubric: { criteria: readonly { maxPoints: number }[] }): number {
  return rubric.criteria.reduce((sum, c) => sum + c.maxPoints, 0);
}

/** One save from the rubric editor: a new rubric (no id) or a change; criteria keep their id when edited. */
export const rubricSaveSchema = z
  .object({
    id: idSchema.optional(),
    ...rubricFields,
    criteria: z
      .array(z.object({ id: idSchema.optional(), ...criterionFields }).strict())
      .min(1, { error: 'Bộ tiêu chí phải có ít nhất một tiêu chí.' })
      .max(MAX_CRITERIA, { error: `Bộ tiêu chí có tối đa ${MAX_CRITERIA} tiêu chí.` }),
  })
  .strict()
  .superRefine((rubric, ctx) => {
    const total = rubricTotal(rubric);
    if (total !== RUBRIC_TOTAL) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `Tổng điểm tối đa của các tiêu chí phải là ${RUBRIC_TOTAL} (hiện là ${formatNumber(total)}).`,
      });
    }
  });
export type RubricSave = z.infer<typeof rubricSaveSchema>;
export type RubricSaveInput = z.input<typeof rubricSaveSchema>;

/**
 * The two rubrics of domain.md §6, with fixed ids (as the default fields have) so that rounds copied from them
 * on two machines name the same criteria.
 */
const SEEDED_AT = '2009-01-01T00:00:00.000Z';

function seededRubric(
  id: string,
  kind: ModelKind,
  name: string,
  criteria: readonly (readonly [id: string, text: string, maxPoints: number])[],
): Rubric {
  return {
    id,
    name,
    kind,
    criteria: criteria.map(([criterionId, text, maxPoints]) => ({ id: criterionId, text, maxPoints })),
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

export const defaultRubrics: readonly Rubric[] = [
  seededRubric('00000000-0000-4000-8000-000000000301', 'collective', 'Bộ tiêu chí mô hình tập thể', [
    [
      '00000000-0000-4000-8000-000000000311',
      'Thiết thực, phù hợp nhiệm vụ chính trị, giải quyết vấn đề bức xúc của địa phương',
      20,
    ],
    ['00000000-0000-4000-8000-000000000312', 'Cách làm sáng tạo, tiết kiệm thời gian, chi phí', 15],
    [
      '00000000-0000-4000-8000-000000000313',
      'Huy động, phối hợp nhiều lực lượng; phát huy vai trò của Nhân dân',
      20,
    ],
    [
      '00000000-0000-4000-8000-000000000314',
      'Kết quả cụ thể, hài hòa lợi ích Nhà nước, doanh nghiệp và người dân',
      25,
    ],
    ['00000000-0000-4000-8000-000000000315', 'Bền vững, có sức lan tỏa, khả năng nhân rộng', 20],
  ]),
  seededRubric('00000000-0000-4000-8000-000000000302', 'individual', 'Bộ tiêu chí mô hình cá nhân', [
    [
      '00000000-0000-4000-8000-000000000321',
      'Gương mẫu, tiên phong, vận động gia đình và Nhân dân cùng thực hiện',
      20,
    ],
    ['00000000-0000-4000-8000-000000000322', 'Có ý tưởng, cách làm hay, tham mưu hiệu quả', 20],
    ['00000000-0000-4000-8000-000000000323', 'Giải quyết được khó khăn, bức xúc ở cơ sở', 20],
    ['00000000-0000-4000-8000-000000000324', 'Kết quả cụ thể, được Nhân dân đồng tình', 25],
    ['00000000-0000-4000-8000-000000000325', 'Hoàn thành tốt nhiệm vụ; gia đình đạt “Gia đình văn hóa”', 15],
  ]),
];
