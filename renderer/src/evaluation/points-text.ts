import { formatNumber, parseNumber } from '../../../shared/format/number';

/**
 * What is typed in a score cell, as a number: "17,5" and "17.5" are the same, empty is no score (null), and
 * anything else is NaN, which `pointsProblem` names as "điểm phải là số".
 */
export function parsePoints(text: string): number | null {
  const parsed = parseNumber(text, { decimals: true });
  return parsed.ok ? parsed.value : Number.NaN;
}

/** A score as the cell shows it: "17,5", or empty when not scored. */
export const pointsText = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : formatNumber(value);
