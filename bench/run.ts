import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchDocuments } from './documents';
import { printTable } from './measure';
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
const started = performance.now();
console.log(
  `Tải máy (load average) lúc bắt đầu: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const stores = [];
for (const spec of [DISTRICT, PROVINCE, ONE_BIG_YEAR]) stores.push(await benchStore(spec));
const scoring = await benchScoring();
const rows = [
  ...stores.flatMap((s) => s.rows),
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
