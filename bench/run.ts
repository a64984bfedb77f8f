import { mkdtemp, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../electron/backend/backend';
import type { ModelDetail, ModelList } from '../shared/contract/models';
import type { Envelope } from '../shared/contract/errors';
import type { Catalogues } from '../shared/domain/catalogues';
import { modelFormOf } from '../shared/domain/model';
import { DISTRICT, PROVINCE, writeDataset, type DatasetSpec } from './dataset';
import { median, once, printTable, type Row } from './measure';
import { benchImports } from './imports';
import { benchPrintBatch } from './print-batch';
import { benchScoring } from './scoring';

/**
 * `npm run bench`: the store and services on a district and a province data set, each beside the raw floor
 * for the same bytes. Targets come from the issues; they are reported here, never asserted in tests.
 */
async function call<T>(backend: Backend, channel: string, input?: unknown): Promise<T> {
  const answer = (await backend.handle(channel, input)) as Envelope<T>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.data;
}

async function benchDataset(
  spec: DatasetSpec,
  targets: { open: number; search: number; edit: number; dashboard: number },
): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dvk-bench-'));
  try {
    process.stdout.write(`Tạo dữ liệu ${spec.name}… `);
    await writeDataset(dataDir, spec);
    const files = spec.years.map((y) => join(dataDir, 'years', `${y}.json`));
    const bytes = (await Promise.all(files.map((f) => stat(f)))).reduce((n, s) => n + s.size, 0);
    console.log(`${(bytes / 1024 / 1024).toFixed(1)} MB`);

    // Open: start the backend and list the newest year (the app's first screen); then every other year.
    const lastYear = spec.years.at(-1)!;
    const lastFile = join(dataDir, 'years', `${lastYear}.json`);
    const options = {
      dataDir,
      clock: () => new Date(),
      version: 'bench',
      transport: 'http' as const,
      actor: 'bench',
    };
    let backend!: Backend;
    const openMs = await once(async () => {
      backend = await createBackend(options);
      await call(backend, 'models.list', { year: lastYear });
    });
    const openFloor = await once(async () => JSON.parse(await readFile(lastFile, 'utf8')));
    const openAllMs = await once(() => call(backend, 'models.list', { year: null }));
    const restFloor = await once(async () => {
      for (const f of files) if (f !== lastFile) JSON.parse(await readFile(f, 'utf8'));
    });

    const catalogues = await call<Catalogues>(backend, 'catalogues.get');
    const fieldId = catalogues.fields[0]!.id;
    const filter = { year: null, fieldId, search: 'duong giao thong' };
    const searchMs = await median(15, () => call<ModelList>(backend, 'models.list', filter));
    const all = (await call<ModelList>(backend, 'models.list', { year: null })).rows;
    const searchFloor = await median(15, () =>
      all.filter((r) => r.fieldId === fieldId && r.title.includes('đường giao thông')),
    );
    const matches = (await call<ModelList>(backend, 'models.list', filter)).rows.length;

    // One edit saved to disk: the biggest year is rewritten.
    const row = all.find((r) => r.year === lastYear)!;
    const { model } = await call<ModelDetail>(backend, 'models.get', { year: lastYear, id: row.id });
    const form = modelFormOf(model);
    let n = 0;
    const editMs = await median(9, () =>
      call(backend, 'models.update', {
        ref: { year: lastYear, id: model.id },
        form: { ...form, title: `${form.title} (${n++})` },
      }),
    );
    const yearData = JSON.parse(await readFile(join(dataDir, 'years', `${lastYear}.json`), 'utf8'));
    const target = join(dataDir, 'floor.json');
    const writeFloor = await median(9, async () => {
      const handle = await open(`${target}.tmp`, 'w');
      await handle.writeFile(JSON.stringify(yearData));
      await handle.sync();
      await handle.close();
      await rename(`${target}.tmp`, target);
    });
    // The dashboard of the newest year, against the floor of one pass counting its models by field.
    const dashboardMs = await median(9, () => call(backend, 'dashboard.get', { year: lastYear }));
    const dashboardFloor = await median(9, () => {
      const byField = new Map<string, number>();
      for (const r of all) if (r.year === lastYear) byField.set(r.fieldId, (byField.get(r.fieldId) ?? 0) + 1);
    });
    await backend.close();

    return [
      {
        dataset: spec.name,
        work: 'mở: khởi động + danh sách năm mới nhất',
        ms: openMs,
        floorMs: openFloor,
        floor: 'JSON.parse tệp năm đó',
        targetMs: targets.open,
      },
      {
        dataset: spec.name,
        work: 'nạp thêm các năm còn lại (Tất cả các năm)',
        ms: openAllMs,
        floorMs: restFloor,
        floor: 'JSON.parse các tệp đó',
        targetMs: targets.open,
      },
      {
        dataset: spec.name,
        work: `lọc + tìm "duong giao thong" (${matches} kết quả)`,
        ms: searchMs,
        floorMs: searchFloor,
        floor: 'filter + includes không gập dấu',
        targetMs: targets.search,
      },
      {
        dataset: spec.name,
        work: `sửa 1 mô hình, ghi xuống đĩa (${(yearData.models.length as number).toLocaleString('vi-VN')} mô hình/năm)`,
        ms: editMs,
        floorMs: writeFloor,
        floor: 'stringify + ghi + fsync + rename',
        targetMs: targets.edit,
      },
      {
        dataset: spec.name,
        work: 'tổng quan (dashboard) năm mới nhất',
        ms: dashboardMs,
        floorMs: dashboardFloor,
        floor: 'một vòng đếm theo lĩnh vực',
        targetMs: targets.dashboard,
      },
    ];
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const scoring = await benchScoring();
const rows = [
  ...(await benchDataset(DISTRICT, { open: 1500, search: 30, edit: 30, dashboard: 50 })),
  ...(await benchDataset(PROVINCE, { open: 1500, search: 150, edit: 150, dashboard: 300 })),
  {
    dataset: 'đợt đánh giá 300 mô hình × 7 thành viên',
    work: 'tính kết quả + bảng tổng hợp',
    ms: scoring.ms,
    floorMs: scoring.floorMs,
    floor: 'một vòng cộng mọi điểm',
    targetMs: 50,
  },
  ...(await benchImports()),
];
printTable(rows);

const batch = await benchPrintBatch();
console.log(
  'skipped' in batch
    ? `\nLô phiếu chấm điểm trắng (300 mô hình × 7 thành viên): bỏ qua, ${batch.skipped}.`
    : `\nLô phiếu chấm điểm trắng (300 mô hình × 7 thành viên): ${batch.pages.toLocaleString('vi-VN')} trang; ` +
        `hiển thị xong sau ${(batch.readyMs / 1000).toFixed(1)} s, in ra PDF trong ${(batch.pdfMs / 1000).toFixed(1)} s ` +
        `(${(batch.bytes / 1024 / 1024).toFixed(1)} MB).`,
);
