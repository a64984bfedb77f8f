import { formatNumber } from '../../../shared/format/number';

/**
 * What is typed in a score cell, as a number: "17,5" and "17.5" are the same, empty is no score (null), and
 * anything else is NaN, which `pointsProblem` names as "điểm phải là số".
 */
export function parsePoints(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+([.,]\d*)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** A score as the cell shows it: "17,5", or empty when not scored. */
export const pointsText = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : formatNumber(value);

const oneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * An average with one decimal, "85,3". Rounded down, not to the nearest: an 89,96 shown as "90,0" beside
 * "Công nhận" would read as a wrong classification, since the thresholds apply to the exact average.
 */
export function formatAverage(value: number): string {
  return oneDecimal.format(Math.floor(Math.round(value * 1e6) / 1e5) / 10);
}
