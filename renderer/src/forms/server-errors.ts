import type { FormInstance } from 'antd';
import { ApiError } from '../api/api-error';

/**
 * Puts the backend's field messages beside the inputs they concern. Returns false when the error was not
 * about fields, so the caller shows it as a general message instead. What was typed stays in the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION' || error.issues.length === 0) return false;
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    const entry = byField.get(key) ?? { name: issue.path, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return true;
}
