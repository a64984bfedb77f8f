import { describe, expect, it } from 'vitest';
import { printFailureMessage } from '../../../electron/main/print-failure';

describe('printFailureMessage', () => {
  it('says nothing when the clerk closed the print dialog', () => {
    expect(printFailureMessage('Print job canceled')).toBeNull();
  });

  it('says Electron’s documented reasons in Vietnamese', () => {
    expect(printFailureMessage('Print job failed')).toBe(
      'Không in được: máy in báo lỗi. Hãy kiểm tra máy in rồi thử lại.',
    );
    expect(printFailureMessage('Invalid printer settings')).toBe(
      'Không in được: cài đặt máy in không hợp lệ. Hãy kiểm tra máy in rồi thử lại.',
    );
  });

  it('quotes a reason it does not know instead of hiding it', () => {
    expect(printFailureMessage('Printing is already in progress')).toBe(
      'Không in được: Printing is already in progress. Hãy kiểm tra máy in rồi thử lại.',
    );
  });
});
