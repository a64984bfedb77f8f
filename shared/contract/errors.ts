import { z } from 'zod';

export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'DATA_UNAVAILABLE',
  'WRITE_FAILED',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'INTERNAL',
  /** Work the user cancelled (`jobs.cancel`), or a commit of it afterwards: nothing was written. */
  'CANCELLED',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** The one shape every failure takes on every transport. `message` is Vietnamese, for the user. */
export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toData(): AppErrorData {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

/** What a channel answers, on IPC and HTTP alike. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };

export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);

/** Turns zod's issues into the field messages the forms show beside each input. */
export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
  const first = issues[0]?.message ?? 'Dữ liệu không hợp lệ.';
  const more = issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : '';
  return new AppError('VALIDATION', `Dữ liệu không hợp lệ: ${first}${more}`, issues);
}
