import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import { kindLabels } from '../../../shared/domain/model';
import type { Rubric, RubricSave } from '../../../shared/domain/rubric';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import { invalidInput } from './refusals';
import { replaceById } from './round-access';

/**
 * "Bộ tiêu chí": kept in office.json beside the catalogues. A round copies its rubrics when it is created, so a
 * save here never reaches a round that exists already.
 */
export function rubricService(store: DataStore, clock: Clock): HandlersFor<'rubrics.list' | 'rubrics.save'> {
  return {
    'rubrics.list': () => store.mainData.rubrics,
    'rubrics.save': async (save) => {
      const saved = await store.updateMain((data) => ({
        ...data,
        rubrics: upsertRubric(data.rubrics, save, clock().toISOString()),
      }));
      return saved.rubrics;
    },
  };
}

function upsertRubric(rubrics: readonly Rubric[], save: RubricSave, now: string): Rubric[] {
  const { id, ...fields } = save;
  const duplicate = rubrics.find(
    (r) => r.id !== id && r.name.toLocaleLowerCase('vi') === fields.name.toLocaleLowerCase('vi'),
  );
  if (duplicate) {
    throw invalidInput([{ path: ['name'], message: `Đã có bộ tiêu chí “${duplicate.name}”.` }]);
  }
  const existing = id === undefined ? undefined : rubrics.find((r) => r.id === id);
  if (id !== undefined && !existing) {
    throw new AppError('NOT_FOUND', 'Không tìm thấy bộ tiêu chí này (có thể đã bị xóa).');
  }
  if (
    existing &&
    existing.kind !== fields.kind &&
    !rubrics.some((r) => r.id !== id && r.kind === existing.kind)
  ) {
    throw invalidInput([
      {
        path: ['kind'],
        message: `Đây là bộ tiêu chí duy nhất cho mô hình ${kindLabels[existing.kind].toLocaleLowerCase('vi')}: không đổi sang loại khác được.`,
      },
    ]);
  }
  // A criterion keeps its id while it is edited; a new one (or an id not of this rubric) gets a fresh id.
  const known = new Set(existing?.criteria.map((c) => c.id));
  const criteria = fields.criteria.map(({ id: criterionId, ...criterion }) => {
    const id = criterionId !== undefined && known.delete(criterionId) ? criterionId : randomUUID();
    return { ...criterion, id };
  });
  const rubric: Rubric = {
    ...fields,
    criteria,
    id: existing?.id ?? randomUUID(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  return existing ? replaceById(rubrics, rubric) : [...rubrics, rubric];
}
