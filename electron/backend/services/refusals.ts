import { AppError, type FieldIssue } from '../../../shared/contract/errors';
import type { Model } from '../../../shared/domain/model';

/** A refusal about what was typed, shaped like the contract's own so forms show it beside the field. */
export function invalidInput(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', `Dữ liệu không hợp lệ: ${issues[0]!.message}`, issues);
}

/** "“Mô hình A”, “Mô hình B” và 3 mô hình khác": names a few of many in a message. */
export function someTitles(models: readonly Pick<Model, 'title'>[], shown = 3): string {
  const names = models
    .slice(0, shown)
    .map((m) => `“${m.title}”`)
    .join(', ');
  return models.length > shown ? `${names} và ${models.length - shown} mô hình khác` : names;
}
