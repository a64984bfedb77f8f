import { stripControls } from './controls';

/**
 * Names Windows keeps for devices, whatever the extension and trailing spaces ("CON", "com1 .txt",
 * "CONIN$", "LPT¹"): a file cannot be created under them.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Characters Windows forbids in a file name, and line breaks and tabs. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f<>:"/\\|?*]/g;

/** Whether Windows reserves `name` for a device: its part before the first dot, trailing spaces aside. */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_RESERVED.test((name.split('.')[0] ?? '').trimEnd());
}

/**
 * The name an attached file is shown and downloaded under. A name that carries a path ("../x", "C:\x",
 * "/etc/x") is refused outright rather than trimmed, since it can only come from a crafted request.
 * Returns null when refused.
 */
export function sanitizeFileName(raw: string): string | null {
  const name = stripControls(raw.normalize('NFC')).trim();
  if (name === '' || /[/\\]/.test(name) || /^[a-zA-Z]:/.test(name) || name === '.' || name === '..')
    return null;
  const cleaned = name
    .replace(FORBIDDEN, '_')
    .replace(/[. ]+$/, '')
    .slice(0, 180);
  if (cleaned === '' || isWindowsDeviceName(cleaned)) return null;
  return cleaned;
}

/**
 * A file name built from a document's title (a round's name, a year): characters Windows forbids become "-",
 * invisible ones go, no trailing dot or space, and a title that is a device name gets a prefix.
 * `stemMax` bounds the part before `.ext`.
 */
export function fileNameFromTitle(title: string, ext: string, stemMax: number, fallback: string): string {
  const stem = stripControls(title.normalize('NFC'))
    .replace(/[<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, stemMax)
    .replace(/[. ]+$/, '');
  const safe = stem === '' ? fallback : isWindowsDeviceName(stem) ? `_${stem}` : stem;
  return `${safe}.${ext}`;
}
