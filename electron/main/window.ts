import { app, BrowserWindow, Menu, screen } from 'electron';
import type { Logger } from '../backend/log/logger';
import { RENDERER_ENTRY } from './renderer-origin';
import { contextMenuTemplate } from './context-menu';
import { recoverFromRendererCrash } from './error-handling';
import { secureWebPreferences } from './security';
import { askBeforeDroppingChanges } from './unsaved-changes';
import { MIN_HEIGHT, MIN_WIDTH, placeWindow, readWindowState, saveWindowState } from './window-state';

export interface MainWindow {
  win: BrowserWindow;
  /** Settles once the state captured when the window closed is on disk; quitting waits for it. */
  stateSaved(): Promise<void>;
}

/**
 * Opens the one window where it was last closed, hidden until the page has painted so the user never sees a
 * blank frame, and remembers its size and place when it closes.
 */
export async function openMainWindow({
  dataDir,
  preload,
  log,
}: {
  dataDir: string;
  preload: string;
  log: Logger;
}): Promise<MainWindow> {
  const state = placeWindow(
    await readWindowState(dataDir),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow({
    title: app.name,
    width: state.width,
    height: state.height,
    ...state.position,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preload),
  });

  askBeforeDroppingChanges(win);
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
  recoverFromRendererCrash(win.webContents, log);

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });

  let saved: Promise<void> = Promise.resolve();
  win.on('close', () => {
    // The normal bounds, not the maximised ones: un-maximising next time returns to the size the user chose.
    const { x, y, width, height } = win.getNormalBounds();
    saved = saveWindowState(dataDir, {
      width,
      height,
      position: { x, y },
      maximized: win.isMaximized(),
    }).catch((error: unknown) => console.warn('Không lưu được vị trí cửa sổ:', error));
  });

  await win.loadURL(RENDERER_ENTRY);
  return { win, stateSaved: () => saved };
}
