import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import { importContext, importRegistrations, importYears } from '../../../shared/domain/commands/imports';
import {
  parseSheet,
  planImport,
  SheetShapeError,
  type ParsedSheet,
} from '../../../shared/domain/registration-import';
import type { HandlersFor } from '../handlers';
import { registrationTemplate } from '../imports/registration-template';
import { openWorkbook, sheetGrid } from '../imports/xlsx-reader';
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
}

/** Reads the first worksheet that has a header row; says why none has. */
async function readSheet(dataBase64: string): Promise<{ sheetName: string; sheet: ParsedSheet }> {
  const workbook = await openWorkbook(Buffer.from(dataBase64, 'base64'));
  let reason = 'Sổ làm việc không có trang tính nào.';
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state !== 'visible') continue;
    try {
      return { sheetName: worksheet.name, sheet: parseSheet(sheetGrid(worksheet)) };
    } catch (error) {
      if (!(error instanceof SheetShapeError)) throw error;
      reason = error.message;
    }
  }
  throw new AppError('VALIDATION', reason);
}

/** "Nhập từ Excel" and "Tải mẫu Excel" on the model list (issue 13 §1). */
export function importService({ store, commands }: ImportServiceDeps): HandlersFor<ImportChannels> {
  const pending = new Map<string, PendingImport>();

  return {
    'imports.template': async ({ year }) => ({
      fileName: `Mẫu đăng ký mô hình ${year}.xlsx`,
      dataBase64: (await registrationTemplate(store.mainData.catalogues, year)).toString('base64'),
    }),

    'imports.preview': async ({ fileName, dataBase64, year }) => {
      const { sheetName, sheet } = await readSheet(dataBase64);
      const plan = planImport(
        sheet,
        importContext(
          store.mainData,
          (await store.yearData(year)).models,
          (await store.yearData(year - 1)).models,
          year,
          fileName,
        ),
      );
      const importId = randomUUID();
      pending.set(importId, { fileName, year, sheet });
      for (const id of [...pending.keys()].slice(0, -KEPT_PREVIEWS)) pending.delete(id);
      return {
        importId,
        fileName,
        sheetName,
        headerRow: sheet.headerRow,
        rows: plan.rows.map(({ form, ...row }) => ({ ...row, ready: form !== null })),
        problems: plan.problems,
        counts: plan.counts,
      };
    },

    'imports.commit': async ({ importId, skipProblemRows, mappings }) => {
      const job = pending.get(importId);
      if (!job) {
        throw new AppError('NOT_FOUND', 'Phiên xem trước đã hết hạn hoặc đã được nhập: hãy chọn lại tệp.');
      }
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
