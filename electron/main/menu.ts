import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, Menu, shell, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import { LOGS_DIR } from '../backend/log/rotating-log';

/**
 * The menu bar, in Vietnamese. Edit and view entries keep Electron's roles (and with them the usual
 * shortcuts: Ctrl+Z, Ctrl+C, Ctrl+V, Ctrl+A, Ctrl++, F11…); only their labels are ours.
 */
export function buildAppMenu({ dataDir }: { dataDir: string }): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'reload', label: 'Tải lại' },
        { type: 'separator' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ thực' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        // Developers only: in the installed app the page's inner workings stay out of reach.
        ...(app.isPackaged
          ? []
          : [
              { type: 'separator' } as const,
              { role: 'toggleDevTools', label: 'Công cụ phát triển' } as const,
            ]),
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: () => void openFolder(dataDir) },
        { label: 'Mở thư mục nhật ký', click: () => void openFolder(join(dataDir, LOGS_DIR)) },
        { type: 'separator' },
        { label: 'Giới thiệu', click: (_item, focused) => void showAbout(focused, dataDir) },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

async function openFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const failure = await shell.openPath(folder);
  if (failure) dialog.showErrorBox('Không mở được thư mục', `${folder}\n\n${failure}`);
}

/** Says which version is running and where its data and logs are: the things asked first when helping someone. */
async function showAbout(parent: BaseWindow | undefined, dataDir: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'Giới thiệu',
    message: app.name,
    detail: `Phiên bản ${app.getVersion()}\n\nThư mục dữ liệu:\n${dataDir}\n\nThư mục nhật ký:\n${join(dataDir, LOGS_DIR)}`,
    buttons: ['Đóng'],
  };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
