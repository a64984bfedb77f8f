import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import { pointsProblem } from '../../../shared/domain/points';
import { rubricTotal, type Rubric } from '../../../shared/domain/rubric';
import type { Sheet } from '../../../shared/domain/sheet';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import { invalidInput } from './refusals';
import { findRound, replaceById, requireOpen, roundModels } from './round-access';

interface CellRef {
  year: number;
  roundId: string;
  memberId: string;
  modelId: string;
}

/**
 * "Phiếu chấm điểm": each cell is saved as it is typed, so a long scoring session loses nothing when the
 * machine stops. A sheet is made on its first cell.
 */
export function sheetService(
  store: DataStore,
  clock: Clock,
): HandlersFor<'sheets.list' | 'sheets.setScore' | 'sheets.setTotal'> {
  async function changeSheet(ref: CellRef, change: (sheet: Sheet, rubric: Rubric) => Sheet): Promise<Sheet> {
    let saved!: Sheet;
    await store.updateYear(ref.year, (data) => {
      const round = findRound(data, ref.roundId);
      requireOpen(round);
      if (!round.memberIds.includes(ref.memberId)) {
        throw new AppError('NOT_FOUND', 'Thành viên này không chấm điểm trong đợt đánh giá này.');
      }
      const model = roundModels(round, data).find((m) => m.id === ref.modelId);
      if (!model) throw new AppError('NOT_FOUND', 'Mô hình này không thuộc đợt đánh giá này.');
      const rubric = round.rubrics[model.kind];
      const at = clock().toISOString();
      const existing = data.sheets.find(
        (s) => s.roundId === ref.roundId && s.memberId === ref.memberId && s.modelId === ref.modelId,
      );
      const blank: Sheet = {
        id: randomUUID(),
        createdAt: at,
        updatedAt: at,
        roundId: ref.roundId,
        memberId: ref.memberId,
        modelId: ref.modelId,
        scores: rubric.criteria.map(() => null),
        total: null,
      };
      saved = { ...change(existing ?? blank, rubric), updatedAt: at };
      return { ...data, sheets: existing ? replaceById(data.sheets, saved) : [...data.sheets, saved] };
    });
    return saved;
  }

  return {
    'sheets.list': async ({ year, roundId }) => {
      const data = await store.yearData(year);
      findRound(data, roundId);
      return data.sheets.filter((s) => s.roundId === roundId);
    },

    'sheets.setScore': ({ criterionIndex, value, ...ref }) =>
      changeSheet(ref, (sheet, rubric) => {
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
        const scores = rubric.criteria.map((_, i) =>
          i === criterionIndex ? value : (sheet.scores[i] ?? null),
        );
        return { ...sheet, scores };
      }),

    'sheets.setTotal': ({ value, ...ref }) =>
      changeSheet(ref, (sheet, rubric) => {
        checkPoints(value, rubricTotal(rubric), 'Tổng điểm');
        return { ...sheet, total: value };
      }),
  };
}

function checkPoints(value: number | null, max: number, label: string): void {
  const problem = value === null ? null : pointsProblem(value, max, label);
  if (problem) throw invalidInput([{ path: ['value'], message: problem }]);
}
