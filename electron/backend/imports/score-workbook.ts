import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/contract/errors';
import { formatNumber } from '../../../shared/format/number';
import { kindLabels, modelKinds, type Model } from '../../../shared/domain/model';
import { pointsRuleFormula, pointsRuleText } from '../../../shared/domain/points';
import type { Round } from '../../../shared/domain/round';
import { rubricTotal } from '../../../shared/domain/rubric';
import { columnLetter, FIRST_SCORE_COLUMN, type WorkbookLine } from '../../../shared/domain/score-workbook';
import { noProgress, part, type Progress } from '../jobs';
import { cellValue, openWorkbook, ROWS_PER_STEP } from './xlsx-reader';

/** The hidden sheet that says which round and member a workbook is for, and which model each line scores. */
const META_SHEET = 'DVK';
const META_MARK = 'Phiếu chấm điểm Dân vận khéo';
const HEADER_ROW = 5;

export interface ScoreWorkbookSubject {
  round: Round;
  member: { id: string; name: string };
  models: readonly Model[];
  unitName: (unitId: string) => string;
}

/**
 * "Phiếu chấm điểm Excel": one member's workbook for a round, a sheet per kind of model (each kind has its own
 * criteria), a column per criterion headed with its maximum, score cells the only ones open to typing, checked
 * by Excel from 0 to the maximum, and a total per line. The round and member travel in a hidden sheet, so the
 * file is recognised whatever it is renamed to.
 */
export async function buildScoreWorkbook({
  round,
  member,
  models,
  unitName,
}: ScoreWorkbookSubject): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const lines: (string | number)[][] = [];

  for (const kind of modelKinds) {
    const ofKind = models.filter((m) => m.kind === kind);
    if (ofKind.length === 0) continue;
    const rubric = round.rubrics[kind];
    const sheet = workbook.addWorksheet(kindLabels[kind], {
      views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const lastColumn = FIRST_SCORE_COLUMN + rubric.criteria.length;
    sheet.getCell(1, 1).value = `PHIẾU CHẤM ĐIỂM MÔ HÌNH “DÂN VẬN KHÉO” — ${kindLabels[kind].toUpperCase()}`;
    sheet.getCell(2, 1).value = `Đợt đánh giá: ${round.name}`;
    sheet.getCell(3, 1).value = `Thành viên chấm điểm: ${member.name}`;
    sheet.getCell(4, 1).value =
      `Bộ tiêu chí: ${rubric.name} (tổng ${formatNumber(rubricTotal(rubric))} điểm). Chỉ nhập điểm vào các ô trắng, theo bước 0,5.`;
    for (const row of [1, 2, 3, 4]) sheet.mergeCells(row, 1, row, lastColumn);
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.getCell(3, 1).font = { bold: true };

    const header = sheet.getRow(HEADER_ROW);
    header.values = [
      'STT',
      'Tên mô hình',
      'Đơn vị',
      'Loại',
      ...rubric.criteria.map((c, i) => `TC${i + 1}: ${c.text} (tối đa ${formatNumber(c.maxPoints)})`),
      'Tổng điểm',
    ];
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    header.height = 90;
    sheet.getColumn(1).width = 6;
    sheet.getColumn(2).width = 44;
    sheet.getColumn(3).width = 26;
    sheet.getColumn(4).width = 10;
    for (let c = FIRST_SCORE_COLUMN; c <= lastColumn; c++) sheet.getColumn(c).width = 14;

    ofKind.forEach((model, i) => {
      const rowNumber = HEADER_ROW + 1 + i;
      const row = sheet.getRow(rowNumber);
      row.values = [i + 1, model.title, unitName(model.unitId), kindLabels[kind]];
      row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      rubric.criteria.forEach((criterion, index) => {
        const cell = row.getCell(FIRST_SCORE_COLUMN + index);
        cell.protection = { locked: false };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFE0' } };
        // The import's own rule (0 to the maximum, half steps), so Excel refuses what the import would.
        const rule = pointsRuleText(criterion.maxPoints);
        cell.dataValidation = {
          type: 'custom',
          allowBlank: true,
          formulae: [pointsRuleFormula(cell.address, criterion.maxPoints)],
          showInputMessage: true,
          promptTitle: `Tiêu chí ${index + 1}`,
          prompt: `Nhập điểm ${rule}.`,
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: 'Điểm không hợp lệ',
          error: `Tiêu chí ${index + 1}: điểm phải ${rule}.`,
        };
      });
      const first = `${columnLetter(FIRST_SCORE_COLUMN)}${rowNumber}`;
      const last = `${columnLetter(lastColumn - 1)}${rowNumber}`;
      row.getCell(lastColumn).value = { formula: `IF(COUNT(${first}:${last})=0,"",SUM(${first}:${last}))` };
      row.getCell(lastColumn).font = { bold: true };
      lines.push([sheet.name, rowNumber, model.id]);
    });
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  }
  // Last, so Excel opens on a scoring sheet (a first sheet that is hidden can make Excel repair the file).
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    [META_MARK, 1],
    ['year', round.year],
    ['roundId', round.id],
    ['memberId', member.id],
    ['sheet', 'row', 'modelId'],
    ...lines,
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ReadScoreWorkbook {
  year: number;
  roundId: string;
  memberId: string;
  lines: WorkbookLine[];
}

const notOurs = () =>
  new AppError(
    'VALIDATION',
    'Tệp này không phải là phiếu chấm điểm do phần mềm xuất ra (không thấy đợt đánh giá và thành viên trong tệp). Hãy dùng “Phiếu chấm điểm Excel” để tải phiếu, cho thành viên điền rồi nhập lại đúng tệp đó.',
  );

const text = (cell: ExcelJS.Cell) => {
  const value = cellValue(cell.value);
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
};

/** A returned workbook: the round and member it carries and each model's score cells as typed. */
export async function readScoreWorkbook(
  bytes: Buffer,
  criteriaOf: (modelId: string) => number,
  progress: Progress = noProgress,
): Promise<ReadScoreWorkbook> {
  const workbook = await openWorkbook(bytes, 'Tệp phiếu chấm điểm', part(progress, 0, 0.9));
  const meta = workbook.getWorksheet(META_SHEET);
  if (!meta || text(meta.getCell(1, 1)) !== META_MARK) throw notOurs();
  const year = Number(text(meta.getCell(2, 2)));
  const roundId = text(meta.getCell(3, 2));
  const memberId = text(meta.getCell(4, 2));
  if (!Number.isInteger(year) || roundId === '' || memberId === '') throw notOurs();
  const lines: WorkbookLine[] = [];
  for (let r = 6; r <= meta.rowCount; r++) {
    if (r % ROWS_PER_STEP === 0) await progress('Đang đọc điểm', 0.9 + (0.1 * r) / meta.rowCount);
    const sheetName = text(meta.getCell(r, 1));
    const row = Number(text(meta.getCell(r, 2)));
    const modelId = text(meta.getCell(r, 3));
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet || !Number.isInteger(row) || row < 1 || modelId === '') throw notOurs();
    const count = criteriaOf(modelId);
    const cells = Array.from({ length: count }, (_, i) =>
      cellValue(sheet.getCell(row, FIRST_SCORE_COLUMN + i).value),
    );
    lines.push({ sheetName, row, modelId, cells });
  }
  return { year, roundId, memberId, lines };
}
