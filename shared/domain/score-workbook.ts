import type { RefusedCell, ScoreChange } from '../contract/score-workbooks';
import { parseNumber } from '../format/number';
import type { Model } from './model';
import { pointsProblem } from './points';
import type { Cell } from './registration-import';
import type { Round } from './round';
import type { Sheet } from './sheet';

/** The first score column of a member's workbook (A–D: STT, title, unit, kind). */
export const FIRST_SCORE_COLUMN = 5;

/** Excel's letters for a 1-based column, as the refused cells name them ("E", "AB"). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** One model's line as read from a returned workbook: where it stands and its score cells, in criterion order. */
export interface WorkbookLine {
  sheetName: string;
  row: number;
  modelId: string;
  cells: Cell[];
}

export interface WorkbookPlan {
  changes: ScoreChange[];
  refused: RefusedCell[];
  unchanged: number;
}

function cellNumber(cell: Cell): { value: number | null } | { message: string } {
  if (cell === null || cell === '') return { value: null };
  if (typeof cell === 'number') return { value: cell };
  if (typeof cell === 'string') {
    const parsed = parseNumber(cell, { decimals: true });
    return parsed.ok ? { value: parsed.value } : { message: `${parsed.message.replace(/\.$/, '')}.` };
  }
  return { message: 'ô này phải là số điểm.' };
}

/**
 * What a member's returned workbook changes on their sheets of `round`: a filled cell that differs from the
 * saved score is a change; an empty cell changes nothing (a blank never erases a score typed in the app); a
 * cell the rubric refuses, or a line whose model has left the round, is refused with its reason.
 */
export function planWorkbookScores(
  round: Round,
  models: readonly Model[],
  memberSheets: readonly Sheet[],
  lines: readonly WorkbookLine[],
): WorkbookPlan {
  const byId = new Map(models.map((m) => [m.id, m]));
  const sheetOf = new Map(memberSheets.map((s) => [s.modelId, s]));
  const plan: WorkbookPlan = { changes: [], refused: [], unchanged: 0 };
  for (const line of lines) {
    const at = { sheetName: line.sheetName, row: line.row };
    const model = byId.get(line.modelId);
    if (!model) {
      if (line.cells.some((c) => c !== null && c !== '')) {
        plan.refused.push({
          ...at,
          column: 'B',
          message: `Dòng ${line.row}: mô hình này không còn trong đợt đánh giá, điểm của dòng không được nhập.`,
        });
      }
      continue;
    }
    const criteria = round.rubrics[model.kind].criteria;
    criteria.forEach((criterion, index) => {
      const column = columnLetter(FIRST_SCORE_COLUMN + index);
      const label = `Tiêu chí ${index + 1} “${criterion.text}”`;
      const read = cellNumber(line.cells[index] ?? null);
      const problem =
        'message' in read
          ? `${label}: ${read.message}`
          : read.value === null
            ? null
            : pointsProblem(read.value, criterion.maxPoints, label);
      if (problem) {
        plan.refused.push({ ...at, column, message: `Dòng ${line.row}, cột ${column}: ${problem}` });
        return;
      }
      if (!('value' in read) || read.value === null) return;
      const from = sheetOf.get(model.id)?.scores[index] ?? null;
      if (from === read.value) {
        plan.unchanged++;
        return;
      }
      plan.changes.push({
        ...at,
        modelId: model.id,
        modelTitle: model.title,
        criterionIndex: index,
        criterion: label,
        from,
        to: read.value,
      });
    });
  }
  return plan;
}
