export const APP_SCHEME = 'app';
export const RENDERER_HOST = 'renderer';

/** The renderer's only origin: everything it loads comes from here, and only pages from here may call IPC. */
const RENDERER_ORIGIN = `${APP_SCHEME}://${RENDERER_HOST}`;
export const RENDERER_ENTRY = `${RENDERER_ORIGIN}/index.html`;

export function isRendererUrl(url: string): boolean {
  return url.startsWith(`${RENDERER_ORIGIN}/`);
}

/**
 * The one web permission the page needs: writing to the clipboard ("Sao chép chi tiết" when a screen failed,
 * the copy buttons beside a folder's path), which Chromium asks as `clipboard-sanitized-write` and Electron
 * refuses with every other permission unless allowed. Only for the app's own page, named by the URL the
 * asking frame loaded (or its origin as a URL); reading the clipboard and everything else stay refused.
 */
export function pagePermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return (
    permission === 'clipboard-sanitized-write' && requestingUrl !== undefined && isRendererUrl(requestingUrl)
  );
}
