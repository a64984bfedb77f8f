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
