import type { FormInstance } from 'antd';
import { ApiError } from '../api/api-error';

/**
 * Puts the backend's field messages beside the inputs they concern. Returns false when the error was not
 * about fields, so the caller shows it as a general message instead. What was typed stays in the form.
 * `prefix` is where the form sits in the channel's input (e.g. `['form']` for `{ ref, form }`): issues
 * outside it are not about an input on screen.
 */
export function showFieldErrors(form: FormInstance, error: unknown, prefix: string[] = []): boolean {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION' || error.issues.length === 0) return false;
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of error.issues) {
    if (!prefix.every((p, i) => issue.path[i] === p) || issue.path.length <= prefix.length) return false;
    const name = issue.path.slice(prefix.length);
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return true;
}

/** The field names inside a form's `changedValues` (plain objects are walked; anything else is a value). */
function changedNames(changed: object, prefix: (string | number)[] = []): (string | number)[][] {
  return Object.entries(changed).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
      ? changedNames(value as object, [...prefix, key])
      : [[...prefix, key]],
  );
}

/**
 * For a form's `onValuesChange`: a field that changes drops the backend's message about its old value (its
 * own rules, if any, check the new one right after).
 */
export function clearChangedErrors(form: FormInstance, changed: object): void {
  const stale = changedNames(changed).filter((name) => form.getFieldError(name).length > 0);
  if (stale.length > 0) form.setFields(stale.map((name) => ({ name, errors: [] })));
}
