import { z } from 'zod';
import { formatNumber } from '../format/number';

/** Scores go by half points: a point is two steps. */
const STEPS_PER_POINT = 2;
const HALF_STEP = 'theo bước 0,5';

/**
 * Points are given in steps of half a point, as the committees score on paper ("17,5"). Halves are exact in
 * binary floating point, so sums of scores compare exactly and a total of 90 is never 89.99999.
 */
export function isHalfStep(value: number): boolean {
  return Number.isFinite(value) && Number.isInteger(value * STEPS_PER_POINT);
}

/**
 * The same rule for Excel, as a score workbook's cell checks what is typed in it: a number from 0 to `max`
 * in half steps. `cell` is the cell's own address ("E6"), so the formula is true of that cell's value.
 */
export function pointsRuleFormula(cell: string, max: number): string {
  return `IF(ISNUMBER(${cell}),AND(${cell}>=0,${cell}<=${max},MOD(${cell}*${STEPS_PER_POINT},1)=0),FALSE)`;
}

/** The rule in words, for a score out of `max`: "từ 0 đến 15, theo bước 0,5 (ví dụ 7 hoặc 7,5)". */
export function pointsRuleText(max: number): string {
  const example = Math.floor(max / 2);
  return `từ 0 đến ${formatNumber(max)}, ${HALF_STEP} (ví dụ ${formatNumber(example)} hoặc ${formatNumber(example + 0.5)})`;
}

/**
 * Why `value` cannot be given out of `max`, or null when it can. `label` names what is scored, so the message
 * reads well beside the cell ("Tiêu chí 2 (tối đa 15 điểm): …").
 */
export function pointsProblem(value: number, max: number, label: string): string | null {
  const range = `${label} (tối đa ${formatNumber(max)} điểm)`;
  if (!Number.isFinite(value)) return `${range}: điểm phải là số.`;
  if (value < 0) return `${range}: điểm không được âm.`;
  if (value > max) return `${range}: điểm không được lớn hơn ${formatNumber(max)}.`;
  if (!isHalfStep(value)) return `${range}: điểm chấm ${HALF_STEP} (ví dụ 17 hoặc 17,5).`;
  return null;
}

/** A number of points typed in a form (a criterion's maximum, a threshold), positive or not, in half steps. */
export function halfPointsSchema(label: string, { min, max }: { min: number; max: number }) {
  return z
    .number({ error: `${label}: phải là số.` })
    .min(min, { error: `${label}: không được nhỏ hơn ${formatNumber(min)}.` })
    .max(max, { error: `${label}: không được lớn hơn ${formatNumber(max)}.` })
    .refine(isHalfStep, { error: `${label}: chấm ${HALF_STEP} (ví dụ 17 hoặc 17,5).` });
}
