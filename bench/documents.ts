import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createBackend } from '../electron/backend/backend';
import type { BuiltFile } from '../shared/contract/documents';
import type { ModelList } from '../shared/contract/models';
import { median, type Row } from './measure';
import { backendOptions, call, writeStoreDataset, type StoreDatasetSpec } from './store-dataset';

/**
 * A province's two latest years, 5,000 models each, the latest scored in a round of 5,000 × 7: the report
 * compares with the year before and states the round's results.
 */
const PROVINCE_YEARS: StoreDatasetSpec = {
  name: 'tỉnh (2 năm × 5.000 mô hình, đợt 5.000×7)',
  years: [2024, 2025],
  perYear: 5000,
  units: 300,
  roundYear: 2025,
  roundSize: 5000,
};

/**
 * "Xuất Excel" of 5,000 models and "Xuất Word" of the yearly report of a province year, from the channel's
 * call to the file's bytes. Floors: the same 5,000 rows written by exceljs with no styling, and the
 * dashboard's aggregation the report's figures come from.
 */
export async function benchDocuments(): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dvk-bench-documents-'));
  try {
    await writeStoreDataset(dataDir, PROVINCE_YEARS);
    const backend = await createBackend(backendOptions(dataDir));
    const year = 2025;
    const { rows } = await call<ModelList>(backend, 'models.list', { year });
    const excelMs = await median(5, () =>
      call<BuiltFile>(backend, 'documents.build', { kind: 'models', year, format: 'xlsx' }),
    );
    const excelFloor = await median(5, async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('DS');
      rows.forEach((r, i) => {
        sheet.getRow(i + 1).values = [
          i + 1,
          r.title,
          r.kind,
          r.personName,
          r.unitId,
          r.fieldId,
          r.registration,
          r.commune,
          r.status,
        ];
      });
      await workbook.xlsx.writeBuffer();
    });
    const reportMs = await median(5, () =>
      call<BuiltFile>(backend, 'documents.build', { kind: 'annual-report', year }),
    );
    const reportFloor = await median(5, () => call(backend, 'dashboard.get', { year }));
    await backend.close();
    const count = rows.length.toLocaleString('vi-VN');
    return [
      {
        dataset: PROVINCE_YEARS.name,
        work: `Xuất Excel danh sách ${count} mô hình`,
        ms: excelMs,
        floorMs: excelFloor,
        floor: 'exceljs ghi cùng số dòng, không định dạng',
        targetMs: 1000,
      },
      {
        dataset: PROVINCE_YEARS.name,
        work: `Xuất Word báo cáo năm (${count} mô hình)`,
        ms: reportMs,
        floorMs: reportFloor,
        floor: 'dashboard.get của năm đó',
        targetMs: 1000,
      },
    ];
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
