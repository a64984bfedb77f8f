import type { ModelRow } from '../../../shared/contract/models';
import { modelSearchText } from '../../../shared/domain/model-search';

/** Each row's folded text, made once per row the backend sent, not at every key typed. */
const searchTexts = new WeakMap<ModelRow, string>();

export function rowSearchText(row: ModelRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = modelSearchText(row);
    searchTexts.set(row, text);
  }
  return text;
}

/**
 * Folds the rows' text while the browser is idle, a slice at a time, so the first key typed in the search
 * does not wait for a province's 25,000 rows to be folded. Returns how to stop (the rows were replaced).
 */
export function foldWhenIdle(rows: readonly ModelRow[]): () => void {
  let next = 0;
  let handle = requestIdleCallback(function fold(deadline) {
    while (next < rows.length && deadline.timeRemaining() > 1) {
      const end = Math.min(rows.length, next + 500);
      for (; next < end; next++) rowSearchText(rows[next]!);
    }
    if (next < rows.length) handle = requestIdleCallback(fold);
  });
  return () => cancelIdleCallback(handle);
}
