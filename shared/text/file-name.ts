const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * The name an attached file is shown and downloaded under. A name that carries a path ("../x", "C:\x",
 * "/etc/x") is refused outright rather than trimmed, since it can only come from a crafted request.
 * Returns null when refused.
 */
export function sanitizeFileName(raw: string): string | null {
  const name = raw.normalize('NFC').trim();
  if (name === '' || /[/\\]/.test(name) || /^[a-zA-Z]:/.test(name) || name === '.' || name === '..')
    return null;
  const cleaned = name
    // Control characters and the ones Windows forbids in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/[. ]+$/, '')
    .slice(0, 180);
  if (cleaned === '' || WINDOWS_RESERVED.test(cleaned)) return null;
  return cleaned;
}
