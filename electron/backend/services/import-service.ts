import { AppError } from '../../../shared/contract/errors';
import { importContext, importRegistrations, importYears } from '../../../shared/domain/commands/imports';
import {
  importPlanner,
  parseSheet,
  SheetShapeError,
  type ParsedSheet,
} from '../../../shared/domain/registration-import';
import type { HandlersFor } from '../handlers';
import { registrationTemplate } from '../imports/registration-template';
import { openWorkbook, ROWS_PER_STEP, sheetGrid } from '../imports/xlsx-reader';
import { part, StagedPreviews, type Jobs, type Progress } from '../jobs';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';

type ImportChannels = 'imports.template' | 'imports.preview' | 'imports.commit';

interface PendingImport {
  fileName: string;
  year: number;
  sheet: ParsedSheet;
}

/** Previews kept for their commit: the last few, so an abandoned preview does not hold memory for long. */
const KEPT_PREVIEWS = 4;

export interface ImportServiceDeps {
  store: DataStore;
  commands: CommandRunner;
  jobs: Jobs;
}

/** Reads the first worksheet that has a header row; says why none has. */
async function readSheet(
  dataBase64: string,
  progress: Progress,
): Promise<{ sheetName: string; sheet: ParsedSheet }> {
  const workbook = await openWorkbook(Buffer.from(dataBase64, 'base64'), 'Tệp', part(progress, 0, 0.7));
  let reason = 'Sổ làm việc không có trang tính nào.';
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state !== 'visible') continue;
    try {
      const grid = await sheetGrid(worksheet, part(progress, 0.7, 0.8));
      return { sheetName: worksheet.name, sheet: parseSheet(grid) };
    } catch (error) {
      if (!(error instanceof SheetShapeError)) throw error;
      reason = error.message;
    }
  }
  throw new AppError('VALIDATION', reason);
}

/** "Nhập từ Excel" and "Tải mẫu Excel" on the model list (issue 13 §1). */
export function importService({ store, commands, jobs }: ImportServiceDeps): HandlersFor<ImportChannels> {
  const pending = new StagedPreviews<PendingImport>(jobs, KEPT_PREVIEWS, {
    cancelled: 'Lần nhập này đã được hủy nên không có gì được ghi: hãy chọn lại tệp nếu muốn nhập.',
    gone: 'Phiên xem trước đã hết hạn hoặc đã được nhập: hãy chọn lại tệp.',
  });

  return {
    'imports.template': async ({ year }) => ({
      fileName: `Mẫu đăng ký mô hình ${year}.xlsx`,
      dataBase64: (await registrationTemplate(store.mainData.catalogues, year)).toString('base64'),
    }),

    // Followed as job `jobId` when the page sends one; the preview is then staged under that id.
    'imports.preview': ({ fileName, dataBase64, year, jobId }) =>
      jobs.run(jobId, async ({ progress }) => {
        const { sheetName, sheet } = await readSheet(dataBase64, progress);
        const planner = importPlanner(
          importContext(
            store.mainData,
            (await store.yearData(year)).models,
            (await store.yearData(year - 1)).models,
            year,
            fileName,
          ),
        );
        const checking = part(progress, 0.8, 1);
        for (const [i, row] of sheet.rows.entries()) {
          if (i % ROWS_PER_STEP === 0) await checking('Đang đối chiếu với danh mục', i / sheet.rows.length);
          planner.add(row);
        }
        const plan = planner.plan();
        const importId = pending.keep(jobId, { fileName, year, sheet });
        return {
          importId,
          fileName,
          sheetName,
          headerRow: sheet.headerRow,
          rows: plan.rows.map(({ form, ...row }) => ({ ...row, ready: form !== null })),
          problems: plan.problems,
          counts: plan.counts,
        };
      }),

    'imports.commit': async ({ importId, skipProblemRows, mappings }) => {
      const job = pending.get(importId);
      const result = await commands.run(
        importYears(job.year),
        (state, ctx) => importRegistrations(state, { ...job, mappings, skipProblemRows }, ctx),
        `imports.commit ${job.fileName}`,
      );
      pending.delete(importId);
      return result;
    },
  };
}
