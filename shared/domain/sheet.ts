import { z } from 'zod';
import { recordMetaSchema } from './record';

/**
 * "Phiếu chấm điểm": one member's scores for one model in a round, per criterion (`scores`, in the order of the
 * round's rubric for the model's kind; null = not scored yet), or only a `total` when the paper sheet carries
 * nothing else. While `total` is set it is the sheet's total; neither entry clears the other, so switching
 * mode by mistake loses nothing.
 */
export const sheetSchema = recordMetaSchema.extend({
  roundId: z.uuid(),
  memberId: z.uuid(),
  modelId: z.uuid(),
  scores: z.array(z.number().nullable()),
  total: z.number().nullable(),
});
export type Sheet = z.infer<typeof sheetSchema>;
