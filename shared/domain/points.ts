import { z } from 'zod';
import { formatNumber } from '../format/number';

/**
 * Points are given in steps of half a point, as the committees score on paper ("17,5"). Halves are exact in
 * binary floating point, so sums of scores compare exactly and a total of 90 is never 89.99999.
 */
export function isHalfStep(value: number): boolean {
  return Number.isFinite(value) && Number.isInteger(value * 2);
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
  if (!isHalfStep(value)) return `${range}: điểm chấm theo bước 0,5 (ví dụ 17 hoặc 17,5).`;
  return null;
}

/** A number of points typed in a form (a criterion's maximum, a threshold), positive or not, in half steps. */
export function halfPointsSchema(label: string, { min, max }: { min: number; max: number }) {
  return z
    .number({ error: `${label}: phải là số.` })
    .min(min, { error: `${label}: không được nhỏ hơn ${formatNumber(min)}.` })
    .max(max, { error: `${label}: không được lớn hơn ${formatNumber(max)}.` })
    .refine(isHalfStep, { error: `${label}: chấm theo bước 0,5 (ví dụ 17 hoặc 17,5).` });
}
