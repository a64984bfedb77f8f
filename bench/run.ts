import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchDocuments } from './documents';
import { printTable, type Row } from './measure';
import { benchExchange } from './exchange';
import { benchImports } from './imports';
import { benchPrintBatch } from './print-batch';
import { benchScoring } from './scoring';
import { benchStore } from './store';
import { DISTRICT, ONE_BIG_YEAR, PROVINCE } from './store-dataset';

/**
 * `npm run bench`: the store and services on a district, a province and a 25,000-model year, first-time
 * (fresh process) and warm, each beside the raw floor for the same bytes, with the load average at the
 * start and the end (the figures of a shared machine mean little without it). Targets come from the issues;
 * they are reported here, never asserted in tests.
 */
async function servicesRows(scoring: { ms: number; floorMs: number }): Promise<Row[]> {
  return [
    {
      dataset: 'đợt đánh giá 300 mô hình × 7 thành viên',
      work: 'tính kết quả + bảng tổng hợp',
      ms: scoring.ms,
      floorMs: scoring.floorMs,
      floor: 'một vòng cộng mọi điểm',
      targetMs: 50,
    },
    ...(await benchImports()),
    ...(await benchExchange()),
    ...(await benchDocuments()),
  ];
}

const started = performance.now();
console.log(
  `Tải máy (load average) lúc bắt đầu: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
// `--chi-kho` measures only the store; `--tap=huyen,tinh,nam-lon` picks its data sets (default: all three).
const storeOnly = process.argv.includes('--chi-kho');
const datasets = { huyen: DISTRICT, tinh: PROVINCE, 'nam-lon': ONE_BIG_YEAR };
const picked = process.argv
  .find((a) => a.startsWith('--tap='))
  ?.slice('--tap='.length)
  .split(',') as (keyof typeof datasets)[] | undefined;
const stores = [];
for (const spec of picked?.map((name) => datasets[name]) ?? Object.values(datasets)) {
  if (!spec) throw new Error('--tap= nhận huyen, tinh, nam-lon (cách nhau bằng dấu phẩy).');
  stores.push(await benchStore(spec));
}
const scoring = storeOnly ? null : await benchScoring();
const rows = [...stores.flatMap((s) => s.rows), ...(scoring ? await servicesRows(scoring) : [])];

printTable(rows);
// Six processes may share this machine's cores: a figure means little without how busy the machine was.
console.log(
  `\nTải máy khi đo (load average 1/5/15 phút): ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ')}`,
);
for (const note of stores.flatMap((s) => s.notes)) console.log(note);

// The blank score-sheet batch prints 2,100 pages in Chromium (about a minute): only when asked.
if (process.argv.includes('--lo-phieu')) {
  const batch = await benchPrintBatch();
  console.log(
    'skipped' in batch
      ? `\nLô phiếu chấm điểm trắng (300 mô hình × 7 thành viên): bỏ qua, ${batch.skipped}.`
      : `\nLô phiếu chấm điểm trắng (300 mô hình × 7 thành viên): ${batch.pages.toLocaleString('vi-VN')} trang; ` +
          `hiển thị xong sau ${(batch.readyMs / 1000).toFixed(1)} s, in ra PDF trong ${(batch.pdfMs / 1000).toFixed(1)} s ` +
          `(${(batch.bytes / 1024 / 1024).toFixed(1)} MB).`,
  );
} else {
  console.log('\nLô phiếu chấm điểm trắng: npm run bench -- --lo-phieu');
}
console.log(`\nToàn bộ bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
