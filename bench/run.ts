import { loadavg } from 'node:os';
import { benchDocuments } from './documents';
import { printTable } from './measure';
import { benchExchange } from './exchange';
import { benchImports } from './imports';
import { benchPrintBatch } from './print-batch';
import { benchScoring } from './scoring';
import { benchStore } from './store';
import { DISTRICT, ONE_BIG_YEAR, PROVINCE } from './store-dataset';

/**
 * `npm run bench`: the store and services on a district and a province data set, each beside the raw floor
 * for the same bytes. Targets come from the issues; they are reported here, never asserted in tests.
 */
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

const batch = await benchPrintBatch();
console.log(
  'skipped' in batch
    ? `\nLô phiếu chấm điểm trắng (300 mô hình × 7 thành viên): bỏ qua, ${batch.skipped}.`
    : `\nLô phiếu chấm điểm trắng (300 mô hình × 7 thành viên): ${batch.pages.toLocaleString('vi-VN')} trang; ` +
        `hiển thị xong sau ${(batch.readyMs / 1000).toFixed(1)} s, in ra PDF trong ${(batch.pdfMs / 1000).toFixed(1)} s ` +
        `(${(batch.bytes / 1024 / 1024).toFixed(1)} MB).`,
);
