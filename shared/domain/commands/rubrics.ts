import { AppError } from '../../contract/errors';
import { findSameName } from '../../text/name-key';
import { kindLabels } from '../model';
import type { Rubric, RubricSave } from '../rubric';
import {
  invalidInput,
  replaceById,
  touched,
  type CommandContext,
  type OfficeState,
  type Outcome,
} from './command';

/**
 * "Bộ tiêu chí": a new rubric or a change. A round copies its rubrics when it is created, so a save here never
 * reaches a round that exists already.
 */
export function saveRubric(state: OfficeState, save: RubricSave, ctx: CommandContext): Outcome<Rubric[]> {
  const { rubrics } = state.main;
  const { id, ...fields } = save;
  const duplicate = findSameName(rubrics, fields.name, id);
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
    const kept = criterionId !== undefined && known.delete(criterionId) ? criterionId : ctx.newId();
    return { ...criterion, id: kept };
  });
  const rubric: Rubric = {
    ...fields,
    criteria,
    id: existing?.id ?? ctx.newId(),
    createdAt: existing?.createdAt ?? ctx.now,
    ...touched(ctx),
  };
  const next = existing ? replaceById(rubrics, rubric) : [...rubrics, rubric];
  return { main: { ...state.main, rubrics: next }, result: next };
}
