import { execFile } from 'node:child_process';
import { mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { createBackend } from '../electron/backend/backend';
import { DataStore } from '../electron/backend/store/data-store';
import type { ModelDetail, ModelList } from '../shared/contract/models';
import { modelFormOf } from '../shared/domain/model';
import { median, once, type Row } from './measure';
import { searchFloor } from './search-floor';
import { backendOptions, call, writeStoreDataset, type StoreDatasetSpec } from './store-dataset';

const FIRST_SCREEN = fileURLToPath(new URL('./first-screen.ts', import.meta.url));

interface FirstScreen {
  boot: number;
  open: number;
  toDashboard: number;
  search: number;
  modelPage: number;
  card: number;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const s = await stat(join(dir, name));
    if (s.isFile()) total += s.size;
  }
  return total;
}

/** The raw floor of a durable change: append `bytes` to a file and fsync it. */
async function appendFloor(dir: string, bytes: number): Promise<number> {
  const handle = await open(join(dir, 'floor.jsonl'), 'a');
  const line = Buffer.alloc(bytes, 'x');
  try {
    return await median(31, async () => {
      await handle.write(line, 0, line.length, null);
      await handle.datasync();
    });
  } finally {
    await handle.close();
    await rm(join(dir, 'floor.jsonl'));
  }
}

/** The store's figures on one data set: first-time costs from a fresh process, then warm ones. */
export async function benchStore(spec: StoreDatasetSpec): Promise<{ rows: Row[]; notes: string[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dvk-bench-store-'));
  const work = await mkdtemp(join(tmpdir(), 'dvk-bench-work-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  const row = (what: string, ms: number, floorMs: number, floor: string, targetMs: number) =>
    rows.push({ dataset: spec.name, work: what, ms, floorMs, floor, targetMs });
  try {
    process.stdout.write(`Tạo dữ liệu ${spec.name}… `);
    const made = await once(() => writeStoreDataset(dataDir, spec));
    console.log(
      `${((await folderBytes(dataDir)) / 1024 / 1024).toFixed(1)} MB (${(made / 1000).toFixed(0)} s)`,
    );
    const lastYear = spec.years.at(-1)!;

    // First-time costs, as a user meets them: a new process (the backend bundled as the app ships it).
    const script = join(work, 'first-screen.cjs');
    await build({
      entryPoints: [FIRST_SCREEN],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      logLevel: 'silent',
    });
    const firstScreen = async (pauseMs: number) => {
      const args = [script, dataDir, String(lastYear), String(pauseMs)];
      const { stdout } = await promisify(execFile)(process.execPath, args);
      return JSON.parse(stdout.trim().split('\n').at(-1)!) as FirstScreen;
    };
    // Three fresh processes, the least of each figure: this machine is shared, and slower is never truer.
    const runs = [await firstScreen(0), await firstScreen(0), await firstScreen(0)];
    const least = (key: keyof FirstScreen) => Math.min(...runs.map((r) => r[key]));
    const first: FirstScreen = {
      boot: least('boot'),
      open: least('open'),
      toDashboard: least('toDashboard'),
      search: least('search'),
      modelPage: least('modelPage'),
      card: least('card'),
    };
    const afterPause = await firstScreen(1000);
    row(
      'khởi động tiến trình → số liệu Tổng quan (mọi năm)',
      first.toDashboard,
      first.boot,
      'Node khởi động',
      500,
    );
    row('  trong đó: mở thư mục dữ liệu (createBackend)', first.open, 0, '', 500);
    row('trang mô hình đầu tiên (models.get, năm cũ)', first.modelPage, 0, '', 300);
    row(
      '  thẻ khen thưởng của trang đó (commendations.ofModel)',
      first.card,
      first.modelPage,
      'trang mô hình',
      300,
    );

    // Warm figures in this process.
    const backend = await createBackend(backendOptions(dataDir));
    await call(backend, 'dashboard.get', { year: lastYear });
    const filter = { year: null, search: 'duong giao thong' };
    const searchWarm = await median(9, () => call<ModelList>(backend, 'models.list', filter));
    const searchFloorMs = await searchFloor(backend, filter.search);
    row('tìm kiếm đầu tiên trên mọi năm', first.search, searchFloorMs, 'includes trên chữ đã gấp', 100);
    row(
      '  1 s sau Tổng quan (các năm đã đọc ngầm)',
      afterPause.search,
      searchFloorMs,
      'includes trên chữ đã gấp',
      100,
    );
    row('tìm kiếm trên mọi năm (đã nạp)', searchWarm, searchFloorMs, 'includes trên chữ đã gấp', 100);
    const dashboardWarm = await median(9, () => call(backend, 'dashboard.get', { year: lastYear }));
    row('Tổng quan (đã nạp)', dashboardWarm, 0, '', 500);
    const older = (await call<ModelList>(backend, 'models.list', filter)).rows.find((r) => r.year < lastYear);
    if (older) {
      const pageWarm = await median(9, () => call(backend, 'models.get', { year: older.year, id: older.id }));
      row('trang mô hình (đã nạp)', pageWarm, 0, '', 300);
    }

    const rowsOfYear = (await call<ModelList>(backend, 'models.list', { year: spec.roundYear })).rows;
    const target = rowsOfYear[Math.floor(rowsOfYear.length / 2)]!;
    const { model } = await call<ModelDetail>(backend, 'models.get', { year: spec.roundYear, id: target.id });
    const form = modelFormOf(model);
    let n = 0;
    const edit = () =>
      call(backend, 'models.update', {
        ref: { year: spec.roundYear, id: model.id },
        form: { ...form, title: `${form.title} (${n++})` },
      });
    // As the clerk saves a first edit: a few seconds after the model page (read, "Sửa", typing), while which
    // the year the page read one record of is loaded in full in the background. Right after it: ~1.2 s.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const firstEdit = await once(edit);
    const editMs = await median(21, edit);
    const floor = await appendFloor(work, 2048);
    row(
      'sửa lần đầu sau khi mở (2 s sau trang mô hình, có sao lưu ngày)',
      firstEdit,
      floor,
      'append 2 KB + fsync',
      250,
    );
    row('một thay đổi bền vững (trung vị, models.update)', editMs, floor, 'append 2 KB + fsync', 5);

    // Continue 2,000 models to the next year, by whatever path the service has.
    const from = spec.years.length > 1 ? spec.years.at(-2)! : lastYear;
    const source = (await call<ModelList>(backend, 'models.list', { year: from })).rows
      .filter((r) => r.status !== 'stopped')
      .slice(0, 2000);
    try {
      const continueMs = await once(() =>
        call(backend, 'models.continue', { refs: source.map((r) => ({ year: r.year, id: r.id })) }),
      );
      row(
        `chuyển tiếp ${source.length.toLocaleString('vi-VN')} mô hình sang năm sau`,
        continueMs,
        floor,
        'một append + fsync',
        1000,
      );
    } catch (error) {
      notes.push(`${spec.name}: chuyển tiếp bị từ chối: ${(error as Error).message}`);
    }
    await backend.close();

    // The longest a change waits behind a compaction or the day's backup, in a stream of changes.
    let day = new Date('2030-01-01T09:00:00');
    const store = await DataStore.open({ dataDir, clock: () => day, idleMs: 60_000 });
    const year = spec.roundYear;
    let k = 0;
    const change = () =>
      store.updateYear(year, (d) => ({
        ...d,
        models: d.models.map((m, i) => (i === k % d.models.length ? { ...m, title: `${m.title}.` } : m)),
      }));
    await change(); // loads the year, and starts the day's backup: measured on its own below
    k++;
    await store.backups.whenIdle();
    const waits: number[] = [];
    const stream = async (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        const start = performance.now();
        await change();
        waits.push(performance.now() - start);
        k++;
      }
    };
    const compaction = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return once(() => store.compact());
    })();
    await stream(1500);
    const compactMs = await compaction;
    const maxCompaction = Math.max(...waits);
    waits.length = 0;
    day = new Date('2030-01-02T09:00:00'); // the next change is the day's first: it starts the backup
    await stream(800);
    const maxBackup = Math.max(...waits);
    await store.backups.whenIdle();
    await store.close();

    // A year loaded without positions (not changed since they were kept) has its snapshot written again in
    // the background: the longest a change (to the office's data) waits behind that, until they are written.
    const positions = join(dataDir, 'index', `${year}.vi-tri.json`);
    await rm(positions);
    const reopened = await DataStore.open({ dataDir, clock: () => day, idleMs: 60_000 });
    await reopened.yearData(year);
    const rewriteStart = performance.now();
    let rewriteMs = 0;
    let signer = 0;
    waits.length = 0;
    while (!rewriteMs && performance.now() - rewriteStart < 60_000) {
      const start = performance.now();
      await reopened.updateMain((d) => ({
        ...d,
        settings: { ...d.settings, signerName: `Người ký ${signer++}` },
      }));
      waits.push(performance.now() - start);
      if (await stat(positions).catch(() => null)) rewriteMs = performance.now() - rewriteStart;
    }
    await reopened.close();
    row(
      `chờ lâu nhất sau một lần gộp nhật ký (gộp mất ${compactMs.toFixed(0)} ms)`,
      maxCompaction,
      floor,
      'append + fsync',
      250,
    );
    row('chờ lâu nhất khi sao lưu đầu ngày chạy nền', maxBackup, floor, 'append + fsync', 250);
    row(
      `chờ lâu nhất khi ghi lại năm chưa có tệp vị trí (ghi mất ${rewriteMs.toFixed(0)} ms)`,
      rewriteMs ? Math.max(...waits) : Infinity,
      floor,
      'append + fsync',
      250,
    );
    notes.push(`${spec.name}: ${k.toLocaleString('vi-VN')} thay đổi trong luồng đo chờ.`);
    return { rows, notes };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
}
