import type { RenderProcessGoneDetails } from 'electron';

export type RendererGoneDecision =
  { action: 'ignore' } | { action: 'reload'; message: string } | { action: 'give-up'; message: string };

const REASONS: Record<RenderProcessGoneDetails['reason'], string> = {
  'clean-exit': 'đã đóng',
  'abnormal-exit': 'dừng bất thường',
  killed: 'bị hệ thống hoặc phần mềm khác dừng',
  crashed: 'gặp lỗi chương trình',
  oom: 'hết bộ nhớ',
  'launch-failed': 'không khởi động được',
  'integrity-failure': 'lỗi kiểm tra toàn vẹn mã',
  'memory-eviction': 'bị Windows thu hồi bộ nhớ',
};

/**
 * What to do when the window's page process dies (a crash, out of memory, killed by antivirus): say so in
 * Vietnamese and reload, instead of leaving a blank white window. Saved data is safe (every change is on
 * disk before it is answered); only unsaved input on screen is lost. A page that keeps dying is not
 * reloaded forever: after `maxReloads` within `windowMs` the user is asked to restart the app.
 */
export function createRendererRecovery({
  now,
  maxReloads = 3,
  windowMs = 60_000,
}: {
  now: () => number;
  maxReloads?: number;
  windowMs?: number;
}): (details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>) => RendererGoneDecision {
  let reloads: number[] = [];
  return ({ reason, exitCode }) => {
    if (reason === 'clean-exit') return { action: 'ignore' };
    const at = now();
    reloads = reloads.filter((time) => at - time < windowMs);
    const why = `Màn hình của ứng dụng ${REASONS[reason]} (mã ${exitCode}).`;
    if (reloads.length >= maxReloads) {
      return {
        action: 'give-up',
        message: `${why} Lỗi lặp lại nhiều lần nên ứng dụng sẽ không tự tải lại nữa. Dữ liệu đã lưu không bị mất. Hãy đóng rồi mở lại Dân vận khéo; nếu vẫn lỗi, hãy gửi thư mục nhật ký (Cài đặt → Mở thư mục nhật ký) cho người hỗ trợ.`,
      };
    }
    reloads.push(at);
    return {
      action: 'reload',
      message: `${why} Ứng dụng sẽ tải lại màn hình. Dữ liệu đã lưu không bị mất; nội dung đang nhập dở chưa lưu có thể cần nhập lại.`,
    };
  };
}

/** The dialog text for an error the main process did not expect, instead of Electron's English one. */
export function unexpectedErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    'Dân vận khéo gặp một lỗi không mong muốn và đã ghi lại vào nhật ký. Dữ liệu đã lưu không bị mất.\n\n' +
    'Nếu ứng dụng không hoạt động bình thường, hãy đóng rồi mở lại; nếu lỗi lặp lại, hãy gửi thư mục nhật ký ' +
    `(Cài đặt → Mở thư mục nhật ký) cho người hỗ trợ.\n\nChi tiết: ${detail}`
  );
}
