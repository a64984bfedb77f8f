import { app, dialog, type WebContents } from 'electron';
import type { Logger } from '../backend/log/logger';
import { createRendererRecovery, unexpectedErrorMessage } from './crash-recovery';

/**
 * Errors nobody caught in the main process go to the log and to a Vietnamese dialog. Having a listener is
 * also what keeps Electron from showing its own English "A JavaScript error occurred" box. One dialog at a
 * time: an error that repeats while the first is on screen is only logged.
 */
export function handleUncaughtErrors(log: Logger): void {
  let showing = false;
  const report = (kind: string) => (error: unknown) => {
    log.error(`Tiến trình chính: ${kind}`, error);
    if (showing || !app.isReady()) return;
    showing = true;
    void dialog
      .showMessageBox({
        type: 'error',
        title: 'Dân vận khéo gặp lỗi',
        message: 'Đã xảy ra lỗi không mong muốn',
        detail: unexpectedErrorMessage(error),
        buttons: ['Đóng'],
      })
      .finally(() => {
        showing = false;
      });
  };
  process.on('uncaughtException', report('lỗi không được xử lý'));
  process.on('unhandledRejection', report('promise bị từ chối không được xử lý'));
}

/** A page process that dies (crash, out of memory, killed) is explained and reloaded, not left blank. */
export function recoverFromRendererCrash(contents: WebContents, log: Logger): void {
  const decide = createRendererRecovery({ now: Date.now });
  contents.on('render-process-gone', (_event, details) => {
    const decision = decide(details);
    if (decision.action === 'ignore') return;
    log.error('Màn hình bị dừng', new Error(`render-process-gone: ${details.reason} (${details.exitCode})`));
    void dialog
      .showMessageBox({
        type: 'warning',
        title: 'Dân vận khéo',
        message: decision.action === 'reload' ? 'Màn hình sẽ được tải lại' : 'Màn hình bị dừng nhiều lần',
        detail: decision.message,
        buttons: ['Đồng ý'],
      })
      .then(() => {
        if (decision.action === 'give-up') app.quit();
        else if (!contents.isDestroyed()) contents.reload();
      });
  });
}
