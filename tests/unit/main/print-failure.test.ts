import { describe, expect, it } from 'vitest';
import { printFailureMessage } from '../../../electron/main/print-failure';

function recordingLog() {
  const errors: Array<[string, unknown]> = [];
  return { errors, log: { error: (context: string, error: unknown) => void errors.push([context, error]) } };
}

describe('printFailureMessage', () => {
  it('says nothing when the clerk closed the print dialog, however Electron spells it', () => {
    const { errors, log } = recordingLog();
    for (const reason of ['cancelled', 'canceled', 'Print job canceled', 'Print job cancelled']) {
      expect(printFailureMessage(reason, log)).toBeNull();
    }
    expect(errors).toEqual([]);
  });

  it('says Electron’s known reasons in Vietnamese', () => {
    const { errors, log } = recordingLog();
    const said = (reason: string) => printFailureMessage(reason, log);
    expect(said('Print job failed')).toBe('Không in được: máy in báo lỗi. Hãy kiểm tra máy in rồi thử lại.');
    expect(said('failed')).toBe('Không in được: máy in báo lỗi. Hãy kiểm tra máy in rồi thử lại.');
    expect(said('Invalid printer settings')).toBe(
      'Không in được: cài đặt máy in không hợp lệ. Hãy kiểm tra máy in rồi thử lại.',
    );
    expect(said('Invalid deviceName provided')).toBe(
      'Không in được: không tìm thấy máy in đã chọn. Hãy kiểm tra máy in rồi thử lại.',
    );
    expect(said('No printers available on the network')).toBe(
      'Không in được: máy tính chưa cài máy in nào. Hãy kiểm tra máy in rồi thử lại.',
    );
    expect(said('Failed to enumerate printers')).toBe(
      'Không in được: không đọc được danh sách máy in. Hãy kiểm tra máy in rồi thử lại.',
    );
    expect(errors).toEqual([]);
  });

  it('tells the clerk in Vietnamese and logs the raw reason when it does not know the reason', () => {
    const { errors, log } = recordingLog();
    expect(printFailureMessage('Printing is already in progress', log)).toBe(
      'Không in được. Hãy kiểm tra máy in rồi thử lại; nếu vẫn không được, hãy gửi nhật ký cho người hỗ trợ.',
    );
    expect(printFailureMessage('', log)).toBe(
      'Không in được. Hãy kiểm tra máy in rồi thử lại; nếu vẫn không được, hãy gửi nhật ký cho người hỗ trợ.',
    );
    expect(errors).toEqual([
      ['In (webContents.print)', 'Lý do Electron báo: Printing is already in progress'],
      ['In (webContents.print)', 'Lý do Electron báo: (trống)'],
    ]);
  });
});
