import { dialog, type BrowserWindow } from 'electron';

/**
 * A form with unsaved typing refuses to unload (`beforeunload`); Electron then keeps the window open without
 * a word. Ask the renderer's question instead, and close only on "Bỏ thay đổi".
 */
export function askBeforeDroppingChanges(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Bỏ các thay đổi chưa lưu?',
      message: 'Bỏ các thay đổi chưa lưu?',
      detail: 'Những gì vừa nhập vào biểu mẫu sẽ không được lưu.',
      buttons: ['Bỏ thay đổi', 'Tiếp tục nhập'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // Preventing the event ignores the page's refusal: the window closes.
    if (choice === 0) event.preventDefault();
  });
}
