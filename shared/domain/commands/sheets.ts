import { AppError } from '../../contract/errors';
import { pointsProblem } from '../points';
import { rubricTotal, type Rubric } from '../rubric';
import { planWorkbookScores, type WorkbookLine, type WorkbookPlan } from '../score-workbook';
import type { Sheet } from '../sheet';
import {
  invalidInput,
  replaceById,
  touched,
  type CommandContext,
  type OfficeState,
  type Outcome,
} from './command';
import { findRound, requireOpen, roundModels } from './rounds';

export interface CellRef {
  year: number;
  roundId: string;
  memberId: string;
  modelId: string;
}

/** One member's sheet for one model of an open round, made on its first cell. */
function changeSheet(
  state: OfficeState,
  ref: CellRef,
  ctx: CommandContext,
  change: (sheet: Sheet, rubric: Rubric) => Sheet,
): Outcome<Sheet> {
  const data = state.year(ref.year);
  const round = findRound(data, ref.roundId);
  requireOpen(round);
  if (!round.memberIds.includes(ref.memberId)) {
    throw new AppError('NOT_FOUND', 'Thành viên này không chấm điểm trong đợt đánh giá này.');
  }
  const model = roundModels(round, data).find((m) => m.id === ref.modelId);
  if (!model) throw new AppError('NOT_FOUND', 'Mô hình này không thuộc đợt đánh giá này.');
  const rubric = round.rubrics[model.kind];
  const existing = data.sheets.find(
    (s) => s.roundId === ref.roundId && s.memberId === ref.memberId && s.modelId === ref.modelId,
  );
  const blank: Sheet = {
    id: ctx.newId(),
    createdAt: ctx.now,
    ...touched(ctx),
    roundId: ref.roundId,
    memberId: ref.memberId,
    modelId: ref.modelId,
    scores: rubric.criteria.map(() => null),
    total: null,
  };
  const saved = { ...change(existing ?? blank, rubric), ...touched(ctx) };
  const sheets = existing ? replaceById(data.sheets, saved) : [...data.sheets, saved];
  return { years: [{ ...data, sheets }], result: saved };
}

function checkPoints(value: number | null, max: number, label: string): void {
  const problem = value === null ? null : pointsProblem(value, max, label);
  if (problem) throw invalidInput([{ path: ['value'], message: problem }]);
}

/** One criterion's points on a sheet; null clears it. */
export function setScore(
  state: OfficeState,
  { criterionIndex, value, ...ref }: CellRef & { criterionIndex: number; value: number | null },
  ctx: CommandContext,
): Outcome<Sheet> {
  return changeSheet(state, ref, ctx, (sheet, rubric) => {
    const criterion = rubric.criteria[criterionIndex];
    if (!criterion) {
      throw invalidInput([
        {
          path: ['criterionIndex'],
          message: `Bộ tiêu chí của đợt chỉ có ${rubric.criteria.length} tiêu chí, không có tiêu chí ${criterionIndex + 1}.`,
        },
      ]);
    }
    checkPoints(value, criterion.maxPoints, `Tiêu chí ${criterionIndex + 1} “${criterion.text}”`);
    // Padded to the rubric's length, so a sheet is always read against the criteria it was typed for.
    const scores = rubric.criteria.map((_, i) => (i === criterionIndex ? value : (sheet.scores[i] ?? null)));
    return { ...sheet, scores };
  });
}

/** Only the total of a paper sheet that carries nothing else; null clears it. */
export function setTotal(
  state: OfficeState,
  { value, ...ref }: CellRef & { value: number | null },
  ctx: CommandContext,
): Outcome<Sheet> {
  return changeSheet(state, ref, ctx, (sheet, rubric) => {
    checkPoints(value, rubricTotal(rubric), 'Tổng điểm');
    return { ...sheet, total: value };
  });
}

/**
 * A member's returned workbook (`planWorkbookScores`), planned again on the data of this transaction and
 * saved as that member's sheets all together: one refused cell is left out and named, the rest is saved.
 */
export function saveWorkbookScores(
  state: OfficeState,
  {
    year,
    roundId,
    memberId,
    lines,
  }: { year: number; roundId: string; memberId: string; lines: WorkbookLine[] },
  ctx: CommandContext,
): Outcome<WorkbookPlan> {
  const data = state.year(year);
  const round = findRound(data, roundId);
  requireOpen(round);
  const plan = planWorkbookScores(
    round,
    roundModels(round, data),
    data.sheets.filter((s) => s.roundId === roundId && s.memberId === memberId),
    lines,
  );
  let current = data;
  for (const change of plan.changes) {
    const step = setScore(
      { ...state, year: (y) => (y === year ? current : state.year(y)) },
      {
        year,
        roundId,
        memberId,
        modelId: change.modelId,
        criterionIndex: change.criterionIndex,
        value: change.to,
      },
      ctx,
    );
    current = step.years![0]!;
  }
  return { years: plan.changes.length > 0 ? [current] : [], result: plan };
}
