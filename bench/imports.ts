import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createBackend, type Backend } from '../electron/backend/backend';
import type { Envelope } from '../shared/contract/errors';
import type { ImportPreview } from '../shared/contract/imports';
import type { Catalogues } from '../shared/domain/catalogues';
import { longListWorkbook } from '../tests/helpers/long-list';
import { median, once, type Row } from './measure';

const ROWS = 5000;
const UNITS = 60;

async function call<T>(backend: Backend, channel: string, input?: unknown): Promise<T> {
  const answer = (await backend.handle(channel, input)) as Envelope<T>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.data;
}

/** "Nhập từ Excel" of 5,000 rows: the preview (read + plan) and the commit (one transaction, on disk). */
export async function benchImports(): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dvk-bench-import-'));
  try {
    const backend = await createBackend({
      dataDir,
      clock: () => new Date(),
      version: 'bench',
      transport: 'http',
      actor: 'bench',
    });
    let catalogues!: Catalogues;
    for (let i = 0; i < UNITS; i++) {
      catalogues = await call<Catalogues>(backend, 'catalogues.save', {
        kind: 'units',
        item: { name: `Xã Số ${i + 1}`, type: 'Xã, thị trấn', commune: '', active: true },
      });
    }
    const bytes = await longListWorkbook(
      ROWS,
      catalogues.units.map((u) => u.name),
      catalogues.fields.map((f) => f.name),
    );
    const input = { fileName: 'ds.xlsx', dataBase64: bytes.toString('base64'), year: 2023 };
    const previewMs = await median(3, () => call<ImportPreview>(backend, 'imports.preview', input));
    const loadFloor = await median(3, () =>
      new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer),
    );
    const { importId, counts } = await call<ImportPreview>(backend, 'imports.preview', input);
    if (counts.ready !== ROWS) throw new Error(`bench: ${counts.ready} dòng nhập được, cần ${ROWS}`);
    const commitMs = await once(() =>
      call(backend, 'imports.commit', {
        importId,
        skipProblemRows: false,
        mappings: { units: {}, fields: {} },
      }),
    );
    await backend.close();
    const yearData = JSON.parse(await readFile(join(dataDir, 'years', '2023.json'), 'utf8'));
    const writeFloor = await once(async () => {
      const handle = await open(join(dataDir, 'floor.json'), 'w');
      await handle.writeFile(JSON.stringify(yearData));
      await handle.sync();
      await handle.close();
    });
    return [
      {
        dataset: `Excel ${ROWS.toLocaleString('vi-VN')} dòng`,
        work: 'nhập từ Excel: xem trước (đọc tệp + đối chiếu)',
        ms: previewMs,
        floorMs: loadFloor,
        floor: 'exceljs đọc tệp',
        targetMs: 2000,
      },
      {
        dataset: `Excel ${ROWS.toLocaleString('vi-VN')} dòng`,
        work: 'nhập từ Excel: ghi (một giao dịch)',
        ms: commitMs,
        floorMs: writeFloor,
        floor: 'stringify + ghi + fsync tệp năm',
        targetMs: 1000,
      },
    ];
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
