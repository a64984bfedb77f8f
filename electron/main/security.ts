import { app, type Session, type WebPreferences } from 'electron';
import { isRendererUrl, pagePermissionAllowed } from './renderer-origin';

/** Schemes the app itself uses. It makes no network request at run time, so anything else is refused. */
const LOCAL_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:']);

/**
 * The page runs like a web page, not like Node: it reaches the backend only through the preload's bridge.
 * The preload is sandboxed too, which is why it is one bundled file that imports nothing but `electron`.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  };
}

/**
 * For every web contents, the main window's and any other (devtools included): no navigation away from the
 * app, no new windows, no <webview>. A stray link or injected script then has nowhere to go.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!isRendererUrl(event.url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * The app needs no camera, microphone, notification, location or any other permission but writing to the
 * clipboard from its own page (`pagePermissionAllowed`), and talks to no server: every other permission is
 * refused and every request to another scheme (http, https, ws, file…) is cancelled before it leaves.
 * Chromium checks first and asks only when the check says no, so both handlers answer alike.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(pagePermissionAllowed(permission, details.requestingUrl)),
  );
  // A check made for no particular document has only the origin (as a URL: "app://renderer/").
  session.setPermissionCheckHandler((_contents, permission, origin, details) =>
    pagePermissionAllowed(permission, details.requestingUrl ?? origin),
  );
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalUrl(details.url) }));
}

function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
