import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
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
 * previewed and merged into an office that has none of it, twice. Floors: zipping and unzipping the same
 * files.
 */
export async function benchExchange(): Promise<Row[]> {
  const source = await mkdtemp(join(tmpdir(), 'dvk-bench-exchange-'));
  const target = await mkdtemp(join(tmpdir(), 'dvk-bench-exchange-'));
  const second = await mkdtemp(join(tmpdir(), 'dvk-bench-exchange-'));
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

    // The first import pays for compiling the code on its path; the second, into another empty office in the
    // same process, is what an office importing packages again sees. Its wall time is split into the
    // process's CPU (every thread) and the time the event loop sat waiting (on zlib's and the disk's threads,
    // or for a core on a busy machine): the import went from 2.9 to 3.6–4.1 s with the same CPU and more wait.
    const importInto = async (dataDir: string) => {
      const office = await open(dataDir);
      let packageId = '';
      const cpu = process.cpuUsage();
      const loop = performance.eventLoopUtilization();
      const previewMs = await once(async () => {
        ({ packageId } = await call<{ packageId: string }>(office, 'exchange.preview', file));
      });
      const commitMs = await once(() => call(office, 'exchange.commit', { packageId, resolutions: {} }));
      const used = process.cpuUsage(cpu);
      const { idle } = performance.eventLoopUtilization(loop);
      const models = (await call<{ rows: unknown[] }>(office, 'models.list', { year: null })).rows.length;
      await office.close();
      return { ms: previewMs + commitMs, cpuMs: (used.user + used.system) / 1000, idleMs: idle, models };
    };
    const first = await importInto(target);
    const warm = await importInto(second);
    const dataset = `gói dữ liệu tỉnh (${first.models.toLocaleString('vi-VN')} mô hình)`;
    const importRow = (work: string, ms: number): Row => ({
      dataset,
      work,
      ms,
      floorMs: unzipFloor,
      floor: 'zlib giải nén các tệp',
      targetMs: 10_000,
    });
    return [
      {
        dataset,
        work: 'xuất gói dữ liệu',
        ms: exportMs,
        floorMs: zipFloor,
        floor: 'zlib nén các tệp dữ liệu',
        targetMs: 10_000,
      },
      importRow('nhập gói vào cơ quan trống: xem trước + ghi (lần đầu)', first.ms),
      importRow('nhập gói vào cơ quan trống: xem trước + ghi (lần sau)', warm.ms),
      importRow('… trong đó CPU của tiến trình (mọi luồng)', warm.cpuMs),
      importRow('… trong đó vòng sự kiện ngồi chờ', warm.idleMs),
    ];
  } finally {
    await rm(source, { recursive: true, force: true });
    await rm(target, { recursive: true, force: true });
    await rm(second, { recursive: true, force: true });
  }
}
