import { app } from 'electron';

/**
 * Lets asynchronous clean-up finish before the process ends, once. 'will-quit' comes after every window
 * has closed, so no page can still be calling the backend; it is held until `work` settles (failed or not)
 * and the quit then resumes. Windows skips it on shutdown or log-off: the folder lock then goes stale on its
 * own, and every data write is atomic, so nothing is left half-written.
 */
export function finishBeforeQuit(work: () => Promise<unknown>): void {
  let stage: 'running' | 'finishing' | 'done' = 'running';
  app.on('will-quit', (event) => {
    if (stage === 'done') return;
    event.preventDefault();
    if (stage === 'finishing') return;
    stage = 'finishing';
    void work()
      .catch((error: unknown) => console.error('Lỗi khi đóng ứng dụng:', error))
      .finally(() => {
        stage = 'done';
        app.quit();
      });
  });
}
