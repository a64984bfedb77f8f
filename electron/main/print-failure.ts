import type { Logger } from '../backend/log/logger';

/**
 * The reasons Electron 45 passes to webContents.print's callback, as the office reads them: the print job's
 * own outcome, and the checks made before the dialog opens (the chosen printer, the machine's printer list).
 */
const REASONS: Record<string, string> = {
  'Print job failed': 'máy in báo lỗi',
  failed: 'máy in báo lỗi',
  'Invalid printer settings': 'cài đặt máy in không hợp lệ',
  'Invalid deviceName provided': 'không tìm thấy máy in đã chọn',
  'No printers available on the network': 'máy tính chưa cài máy in nào',
  'Failed to enumerate printers': 'không đọc được danh sách máy in',
};

/** Closing the print dialog without printing: Electron has spelt it "cancelled", "canceled", "Print job canceled". */
const CANCELLED = /cancel/i;

/**
 * What to tell the clerk when "In" ends without printing: nothing when they cancelled the dialog, otherwise
 * why in Vietnamese. A reason not in the table stays out of the clerk's way (English they cannot act on) and
 * goes to main.log as it came, for whoever reads the log sent for help.
 */
export function printFailureMessage(failureReason: string, log: Pick<Logger, 'error'>): string | null {
  if (CANCELLED.test(failureReason)) return null;
  const reason = REASONS[failureReason];
  if (reason) return `Không in được: ${reason}. Hãy kiểm tra máy in rồi thử lại.`;
  log.error('In (webContents.print)', `Lý do Electron báo: ${failureReason || '(trống)'}`);
  return 'Không in được. Hãy kiểm tra máy in rồi thử lại; nếu vẫn không được, hãy gửi nhật ký cho người hỗ trợ.';
}
