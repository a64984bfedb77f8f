import type { AppErrorData, ErrorCode, FieldIssue } from '../../../shared/contract/errors';

/** A refused call as the renderer sees it: the backend's code, its Vietnamese message, and field issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.issues ?? [];
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Đã xảy ra lỗi không xác định.';
}
