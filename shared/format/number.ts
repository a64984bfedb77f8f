const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "1.234.567" (and "12,5" for fractions), whatever the machine's own locale. */
export function formatNumber(value: number): string {
  return (Number.isInteger(value) ? integer : decimal).format(value);
}

/** "1,2 MB": file sizes as the office reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${decimal.format(bytes / 1024)} KB`;
  return `${decimal.format(bytes / (1024 * 1024))} MB`;
}

/** What a typed number is: a value (null when nothing was typed) or why it is refused. */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string };

/** "1.234.567" or "1.234.567,5": dots grouping thousands, unambiguous because of the second group or the comma. */
const grouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
/** "12", "2.5", "2,5", ",5" is not: a number starts with a digit. */
const plain = /^\d+([.,]\d+)?$/;

/**
 * The one reading of a number typed by the office, for every field that takes one. Dot and comma are both a
 * decimal mark where decimals are allowed ("2.5" and "2,5" are two and a half, never twenty-five); dots group
 * thousands only where that cannot be misread: "1.234.567", "1.234,5", or "1.234" where decimals are not
 * allowed. "1.234" where decimals are allowed could be either, so it is refused with the two ways to write it.
 */
export function parseNumber(text: string, options: { decimals: boolean }): ParsedNumber {
  const typed = text.trim().replace(/\s+/g, '');
  if (typed === '') return { ok: true, value: null };
  const negative = typed.startsWith('-');
  const digits = negative ? typed.slice(1) : typed;
  const sign = negative ? -1 : 1;
  let value: number;
  if (/^\d{1,3}\.\d{3}$/.test(digits) && options.decimals) {
    const [whole, part] = digits.split('.');
    return {
      ok: false,
      message: `“${typed}” có thể là ${whole}${part} hoặc ${whole},${part}: hãy viết ${whole}${part} hoặc ${whole},${part}.`,
    };
  } else if (grouped.test(digits)) {
    value = Number(digits.replace(/\./g, '').replace(',', '.'));
  } else if (plain.test(digits)) {
    value = Number(digits.replace(',', '.'));
  } else {
    return { ok: false, message: `“${typed}” không phải là số.` };
  }
  if (!options.decimals && !Number.isInteger(value)) {
    return { ok: false, message: `“${typed}”: chỉ nhập số nguyên.` };
  }
  return { ok: true, value: sign * value };
}

/**
 * A number as an input shows it, so that `parseNumber` reads it back: "1.234.567" and "1.234,5" grouped,
 * but a whole number under a million plain ("1000"), since "1.000" typed where decimals are allowed is
 * refused as ambiguous.
 */
export function formatNumberInput(value: number, options: { decimals: boolean }): string {
  const text = formatNumber(value);
  return options.decimals && /^-?\d{1,3}\.\d{3}$/.test(text) ? String(value) : text;
}

const twoDecimals = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * `value` rounded half up to `places` decimals, on its decimal writing ("77.665" gives 77.67, where
 * `Math.round(77.665 * 100)` gives 77.66 because 77.665 is stored as 77.66499…).
 */
export function roundHalfUp(value: number, places: number): number {
  const shifted = Math.round(Number(`${Math.abs(value)}e${places}`));
  return Math.sign(value) * Number(`${shifted}e-${places}`);
}

/** The rule an average is shown by, said in the summary's footnote. */
export const AVERAGE_ROUNDING_NOTE =
  'Điểm trung bình làm tròn đến hai chữ số thập phân (từ 5 trở lên làm tròn lên); kết quả xếp loại tính trên điểm trung bình chưa làm tròn.';

/** An average as every screen, print and file shows it: two decimals, rounded half up, "77,67". */
export function formatAverage(value: number): string {
  return twoDecimals.format(roundHalfUp(value, 2));
}
