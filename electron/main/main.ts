import { mkdirSync } from 'node:fs';
import { release, tmpdir, version as osVersion } from 'node:os';
import { join, resolve } from 'node:path';
import { app, dialog, Menu, session, shell } from 'electron';
import {
  BACKEND_STOPPED_MESSAGE,
  BackendStartError,
  type BackendClient,
} from '../backend/bridge/backend-client';
import { systemClock } from '../backend/clock';
import { currentUserName } from '../backend/current-user';
import { createLogger } from '../backend/log/logger';
import { LOGS_DIR, RotatingLog } from '../backend/log/rotating-log';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { startBackendProcess } from './backend-process';
import { handleUncaughtErrors } from './error-handling';
import { registerIpc } from './ipc';
import { buildAppMenu } from './menu';
import { chromiumProfileDir } from './profile-folder';
import { finishBeforeQuit } from './quit';
import { hardenSession, hardenWebContents } from './security';
import { openMainWindow, type MainWindow } from './window';

/** electron-builder.yml's appId: NSIS stamps it on the shortcuts, so the taskbar groups the window with them. */
const APP_ID = 'vn.danvankheo.app';

// The data folder is the default userData (%APPDATA%\Dân vận khéo) unless DVK_DATA_DIR names another.
const dataDir = process.env.DVK_DATA_DIR ? resolve(process.env.DVK_DATA_DIR) : app.getPath('userData');
/** The main process's own log, beside the backend's app.log. */
const mainLog = createLogger(new RotatingLog({ dir: join(dataDir, LOGS_DIR), name: 'main' }), systemClock);
handleUncaughtErrors(mainLog);
useProfileOutsideDataFolder();

let mainWindow: MainWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A copy is already running on this data folder: it comes to the front ('second-instance') instead.
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
    .catch((error: unknown) => {
      mainLog.error('Khởi động', error);
      quitWithError(`Dân vận khéo gặp lỗi khi khởi động.\n\nChi tiết: ${describe(error)}`);
    });
}

/**
 * Chromium keeps caches, GPU cache, "Local State" and crash dumps in userData, which is also the default
 * data folder: they would be carried along by "Mở thư mục dữ liệu", a copy to a USB stick and the backups.
 * They go to a folder of their own (see profile-folder.ts), which also keys the single-instance lock to the
 * data folder. Must run before `ready` and before the lock is requested.
 */
function useProfileOutsideDataFolder(): void {
  const profile = chromiumProfileDir({
    dataDir,
    platform: process.platform,
    localAppData: process.env.LOCALAPPDATA,
    tempDir: tmpdir(),
  });
  const crashDumps = join(profile, 'Crashpad');
  // setPath throws for a folder that does not exist yet.
  mkdirSync(crashDumps, { recursive: true });
  app.setPath('userData', profile);
  app.setPath('sessionData', profile);
  app.setPath('crashDumps', crashDumps);
}

async function start(): Promise<void> {
  // Which build on which Windows: the first thing asked of a log sent for help.
  mainLog.info(
    `Khởi động ${app.getVersion()}: Electron ${process.versions.electron}, ${osVersion()} ${release()}`,
  );
  // The data, the services and the documents run in a utility process, so no save, export or import can
  // freeze the window; main keeps the window, dialogs, printing, opening files and the bridge.
  const backendProcess = startBackendProcess({
    start: {
      dataDir,
      version: app.getVersion(),
      actor: currentUserName(),
      tempDir: app.getPath('temp'),
      canOpenPaths: true,
    },
    openPath,
    log: mainLog,
  });
  let backend: BackendClient;
  try {
    backend = await backendProcess.ready;
  } catch (error) {
    mainLog.error('Mở thư mục dữ liệu', error);
    return offerRetry(error);
  }
  backendProcess.onUnexpectedExit(() => void offerRestart());
  // Closing the backend releases the folder lock; the window's last position is written alongside.
  finishBeforeQuit(() => Promise.allSettled([mainWindow?.stateSaved(), backendProcess.close()]));

  hardenSession(session.defaultSession);
  serveRenderer(join(__dirname, '..', 'dist', 'renderer'));
  registerIpc(backend, mainLog);
  Menu.setApplicationMenu(buildAppMenu({ dataDir }));
  mainWindow = await openMainWindow({ dataDir, preload: join(__dirname, 'preload.cjs'), log: mainLog });
}

/** Opens a file or folder with the program Windows associates with it; answers why not, or ''. */
async function openPath(path: string): Promise<string> {
  const failure = await shell.openPath(path);
  return failure ? `Không mở được tệp: ${failure}` : '';
}

/**
 * The data process ended on its own (a crash, killed by antivirus): every call now answers an error, so the
 * only way on is a restart, which reopens the data folder. Saved data is on disk already.
 */
async function offerRestart(): Promise<void> {
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Dân vận khéo',
    message: 'Phần xử lý dữ liệu đã dừng đột ngột',
    detail: `${BACKEND_STOPPED_MESSAGE}\n\nLỗi đã được ghi vào nhật ký.`,
    buttons: ['Khởi động lại', 'Đóng ứng dụng'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response === 0) app.relaunch();
  app.quit();
}

/**
 * The data folder could not be opened. Another session may be closing, a USB folder may come back, space may
 * be freed: the user can try again at once instead of starting the app by hand.
 */
async function offerRetry(error: unknown): Promise<void> {
  const text = describe(error);
  const message =
    (error instanceof BackendStartError && error.locked) || text.startsWith('Không mở được thư mục dữ liệu')
      ? text
      : `Không mở được thư mục dữ liệu "${dataDir}".\n\nChi tiết: ${text}`;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Dân vận khéo không khởi động được',
    message,
    buttons: ['Thử lại', 'Đóng ứng dụng'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response === 0) app.relaunch();
  app.quit();
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
