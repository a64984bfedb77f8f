import { z } from 'zod';
import { stripControls } from './controls';

/**
 * Text as stored: trimmed and NFC-normalised, so the same word typed on two machines compares equal, and
 * without invisible control or direction characters, which could only hide what a record says.
 */
export function normalizeText(value: string): string {
  return stripControls(value).trim().normalize('NFC');
}

/** A stored free-text field. `label` names it in the Vietnamese message shown beside the input. */
export function textField(label: string, max = 2000) {
  return z
    .string({ error: `${label}: phải là chuỗi ký tự.` })
    .transform(normalizeText)
    .pipe(z.string().max(max, { error: `${label}: không được dài quá ${max} ký tự.` }));
}

/** Like `textField`, but empty is refused. */
export function requiredText(label: string, max = 500) {
  return z
    .string({ error: `${label}: không được để trống.` })
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1, { error: `${label}: không được để trống.` })
        .max(max, { error: `${label}: không được dài quá ${max} ký tự.` }),
    );
}
