import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { createBackend, type Backend } from '../electron/backend/backend';
import type { Envelope } from '../shared/contract/errors';
import { PROVINCE, writeDataset } from './dataset';
import { once, type Row } from './measure';

async function call<T>(backend: Backend, channel: string, input?: unknown): Promise<T> {
  const answer = (await backend.handle(channel, input)) as Envelope<T>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.data;
}

const open = (dataDir: string) =>
  createBackend({ dataDir, clock: () => new Date(), version: 'bench', transport: 'http', actor: 'bench' });

/**
 * A province's data (25,000 models over five years) as one package: written by the province, then read,
 * previewed and merged into an office that has none of it. Floors: zipping and unzipping the same files.
 */
export async function benchExchange(): Promise<Row[]> {
  const source = await mkdtemp(join(tmpdir(), 'dvk-bench-exchange-'));
  const target = await mkdtemp(join(tmpdir(), 'dvk-bench-exchange-'));
  try {
    await writeDataset(source, PROVINCE);
    const province = await open(source);
    let file!: { fileName: string; dataBase64: string };
    const exportMs = await once(async () => {
      file = await call(province, 'exchange.export', { years: PROVINCE.years });
    });
    await province.close();
    const texts = await Promise.all(
      ['office.json', ...PROVINCE.years.map((y) => `years/${y}.json`)].map((f) => readFile(join(source, f))),
    );
    let packed: Buffer[] = [];
    const zipFloor = await once(() => {
      packed = texts.map((t) => deflateRawSync(t, { level: 1 }));
    });
    const unzipFloor = await once(() => packed.map((p) => inflateRawSync(p)));

    const office = await open(target);
    let packageId = '';
    const previewMs = await once(async () => {
      ({ packageId } = await call<{ packageId: string }>(office, 'exchange.preview', file));
    });
    const commitMs = await once(() => call(office, 'exchange.commit', { packageId, resolutions: {} }));
    const models = (await call<{ rows: unknown[] }>(office, 'models.list', { year: null })).rows.length;
    await office.close();
    const dataset = `gói dữ liệu tỉnh (${models.toLocaleString('vi-VN')} mô hình)`;
    return [
      {
        dataset,
        work: 'xuất gói dữ liệu',
        ms: exportMs,
        floorMs: zipFloor,
        floor: 'zlib nén các tệp dữ liệu',
        targetMs: 10_000,
      },
      {
        dataset,
        work: 'nhập gói dữ liệu: xem trước + ghi',
        ms: previewMs + commitMs,
        floorMs: unzipFloor,
        floor: 'zlib giải nén các tệp',
        targetMs: 10_000,
      },
    ];
  } finally {
    await rm(source, { recursive: true, force: true });
    await rm(target, { recursive: true, force: true });
  }
}
