import { join, resolve } from 'node:path';
import { app, dialog, Menu, session, shell } from 'electron';
import { AppError } from '../../shared/contract/errors';
import { createBackend, type Backend } from '../backend/backend';
import { systemClock } from '../backend/clock';
import { currentUserName } from '../backend/current-user';
import { DataFolderLockedError } from '../backend/store/folder-lock';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc } from './ipc';
import { buildAppMenu } from './menu';
import { finishBeforeQuit } from './quit';
import { hardenSession, hardenWebContents } from './security';
import { openMainWindow, type MainWindow } from './window';

/** electron-builder.yml's appId: NSIS stamps it on the shortcuts, so the taskbar groups the window with them. */
const APP_ID = 'vn.danvankheo.app';

let mainWindow: MainWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A copy is already running and owns the data folder: it comes to the front ('second-instance') instead.
  app.quit();
} else {
  app.on('second-instance', bringToFront);
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Chromium's own texts (form validation bubbles and the like) in Vietnamese, whatever the Windows language.
  app.commandLine.appendSwitch('lang', 'vi');
  app.enableSandbox();
  registerAppScheme();
  hardenWebContents();
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) =>
      quitWithError(`Dân vận khéo gặp lỗi khi khởi động.\n\nChi tiết: ${describe(error)}`),
    );
}

async function start(): Promise<void> {
  const dataDir = process.env.DVK_DATA_DIR ? resolve(process.env.DVK_DATA_DIR) : app.getPath('userData');
  let backend: Backend;
  try {
    backend = await createBackend({
      dataDir,
      clock: systemClock,
      version: app.getVersion(),
      transport: 'electron',
      actor: currentUserName(),
      openFile,
    });
  } catch (error) {
    return quitWithError(
      error instanceof DataFolderLockedError
        ? error.message
        : `Không mở được thư mục dữ liệu "${dataDir}".\n\nChi tiết: ${describe(error)}`,
    );
  }
  // Closing the backend releases the folder lock; the window's last position is written alongside.
  finishBeforeQuit(() => Promise.allSettled([mainWindow?.stateSaved(), backend.close()]));

  hardenSession(session.defaultSession);
  serveRenderer(join(__dirname, '..', 'dist', 'renderer'));
  registerIpc(backend);
  Menu.setApplicationMenu(buildAppMenu({ dataDir }));
  mainWindow = await openMainWindow({ dataDir, preload: join(__dirname, 'preload.cjs') });
}

/** Opens an attachment with the program Windows associates with it. */
async function openFile(path: string): Promise<void> {
  const failure = await shell.openPath(path);
  if (failure) throw new AppError('CONFLICT', `Không mở được tệp: ${failure}`);
}

function bringToFront(): void {
  const win = mainWindow?.win;
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

function quitWithError(message: string): void {
  dialog.showErrorBox('Dân vận khéo không khởi động được', message);
  app.quit();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
