import { expect } from 'vitest';
import type { AppErrorData } from '../../shared/contract/errors';

/** Words of zod's own messages (English, or its Vietnamese locale's English type names). */
const ZOD_WORDS =
  /\b(expected|received|invalid|required|object|string|number|boolean|record|array|undefined|instanceof|bigint|nan)\b|mong đợi/i;

/** The error and each of its field messages are plain Vietnamese, with no zod wording left in. */
export function expectVietnamese(error: AppErrorData, context = ''): void {
  for (const message of [error.message, ...(error.issues ?? []).map((i) => i.message)]) {
    expect(message, context).not.toMatch(ZOD_WORDS);
    expect(message, context).toMatch(
      /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i,
    );
  }
}
