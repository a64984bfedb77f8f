import { describe, expect, it } from 'vitest';
import { createRendererRecovery, unexpectedErrorMessage } from '../../../electron/main/crash-recovery';

describe('createRendererRecovery', () => {
  it('explains a crash in Vietnamese and reloads', () => {
    const decide = createRendererRecovery({ now: () => 0 });
    expect(decide({ reason: 'crashed', exitCode: -1073741819 })).toEqual({
      action: 'reload',
      message:
        'Màn hình của ứng dụng gặp lỗi chương trình (mã -1073741819). Ứng dụng sẽ tải lại màn hình. ' +
        'Dữ liệu đã lưu không bị mất; nội dung đang nhập dở chưa lưu có thể cần nhập lại.',
    });
  });

  it('ignores a clean exit (the window closing)', () => {
    expect(createRendererRecovery({ now: () => 0 })({ reason: 'clean-exit', exitCode: 0 })).toEqual({
      action: 'ignore',
    });
  });

  it('stops reloading after three crashes within a minute, and starts again once they are older', () => {
    let time = 0;
    const decide = createRendererRecovery({ now: () => time });
    const actions = [];
    for (const at of [0, 10_000, 20_000, 30_000]) {
      time = at;
      actions.push(decide({ reason: 'oom', exitCode: 1 }).action);
    }
    expect(actions).toEqual(['reload', 'reload', 'reload', 'give-up']);
    time = 30_000;
    const giveUp = decide({ reason: 'oom', exitCode: 1 });
    expect(giveUp.action === 'give-up' && giveUp.message).toContain('hết bộ nhớ');
    expect(giveUp.action === 'give-up' && giveUp.message).toContain('Hãy đóng rồi mở lại Dân vận khéo');
    time = 80_001; // the first two crashes are now more than a minute old
    expect(decide({ reason: 'killed', exitCode: 1 }).action).toBe('reload');
  });
});

describe('unexpectedErrorMessage', () => {
  it('is Vietnamese, says the data is safe and where the log is, and names the error', () => {
    const text = unexpectedErrorMessage(new TypeError('x is undefined'));
    expect(text).toContain('Dữ liệu đã lưu không bị mất');
    expect(text).toContain('Cài đặt → Mở thư mục nhật ký');
    expect(text.endsWith('Chi tiết: x is undefined')).toBe(true);
  });
});
