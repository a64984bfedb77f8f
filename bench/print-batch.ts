import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createBackend } from '../electron/backend/backend';
import { createHttpHandler } from '../electron/preview/http-transport';
import type { Envelope } from '../shared/contract/errors';
import type { Catalogues } from '../shared/domain/catalogues';
import type { Round } from '../shared/domain/round';
import { DISTRICT, writeDataset } from './dataset';

const CHROMIUM = process.env.DVK_CHROMIUM ?? '/usr/bin/chromium';
const RENDERER = resolve('dist', 'renderer');

export type PrintBatchResult =
  { pages: number; readyMs: number; pdfMs: number; bytes: number } | { skipped: string };

/**
 * The blank score sheets of a district's year-end round (300 models × 7 members = 2,100 pages), laid out in
 * Chromium from the built app and printed to PDF, as "Xuất PDF" does. Needs `npm run build` and Chromium.
 */
export async function benchPrintBatch(): Promise<PrintBatchResult> {
  if (!existsSync(join(RENDERER, 'index.html'))) return { skipped: 'chưa có bản dựng (npm run build)' };
  if (!existsSync(CHROMIUM)) return { skipped: `không có Chromium tại ${CHROMIUM}` };

  const dataDir = await mkdtemp(join(tmpdir(), 'dvk-bench-print-'));
  const spec = { ...DISTRICT, years: DISTRICT.years.slice(-1) };
  await writeDataset(dataDir, spec);
  const backend = await createBackend({
    dataDir,
    clock: () => new Date(),
    version: 'bench',
    transport: 'http',
    actor: 'bench',
  });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const answer = (await backend.handle(channel, input)) as Envelope<T>;
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.data;
  };
  for (let i = 1; i <= 7; i++) {
    await call('catalogues.save', {
      kind: 'members',
      item: { name: `Thành viên ${i}`, position: 'Ủy viên', active: true },
    });
  }
  const { members } = await call<Catalogues>('catalogues.get');
  const year = spec.years[0]!;
  const round = await call<Round>('rounds.create', {
    year,
    name: `Tổng kết năm ${year}`,
    date: `${year}-12-20`,
    memberIds: members.map((m) => m.id),
    allOfYear: true,
  });

  const token = 'bench';
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  server.on('request', createHttpHandler({ backend, token, port, staticRoot: RENDERER }));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(`http://127.0.0.1:${port}/?token=${token}#/in/phieu-cham-diem/${year}/${round.id}/trang`);
    await page
      .getByRole('button', { name: 'In' })
      .and(page.locator(':enabled'))
      .waitFor({ timeout: 600_000 });
    await page.evaluate(() => document.fonts.ready);
    const readyMs = performance.now() - start;
    await page.emulateMedia({ media: 'print' });
    const pdfStart = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfMs = performance.now() - pdfStart;
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { pages, readyMs, pdfMs, bytes: pdf.length };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
    await backend.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
