/**
 * Characters that change how text is shown without being seen: C0/C1 control characters (but tab and line
 * breaks, which notes keep) and the bidirectional overrides and isolates ("a\u202Efdp.exe" shows as
 * "aexe.pdf"). They have no place in an office's records or file names.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without invisible control and direction characters. */
export function stripControls(text: string): string {
  return text.replace(INVISIBLE, '');
}
