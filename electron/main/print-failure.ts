/** Electron's `failureReason` when the user closes the system print dialog without printing. */
const CANCELLED = 'Print job canceled';

/** Electron's other documented reasons (webContents.print), as the office reads them. */
const REASONS: Record<string, string> = {
  'Invalid printer settings': 'cài đặt máy in không hợp lệ',
  'Print job failed': 'máy in báo lỗi',
};

/**
 * What to tell the clerk when "In" ends without printing: nothing when they cancelled the dialog, otherwise
 * why in Vietnamese (a reason Electron does not document is quoted as it came).
 */
export function printFailureMessage(failureReason: string): string | null {
  if (failureReason === CANCELLED) return null;
  return `Không in được: ${REASONS[failureReason] ?? failureReason}. Hãy kiểm tra máy in rồi thử lại.`;
}
