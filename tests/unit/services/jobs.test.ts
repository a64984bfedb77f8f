import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error exceljs ships no types for its parts' readers.
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js';
// @ts-expect-error exceljs ships no types for its workbook reader.
import XLSX from 'exceljs/lib/xlsx/xlsx.js';
import type { Backend } from '../../../electron/backend/backend';
import { BUILDING, READING } from '../../../electron/backend/imports/xlsx-reader';
import type { JobProgress } from '../../../shared/contract/jobs';
import { ok, openBackend, refused } from '../../helpers/backend';
import { withRound } from '../../helpers/evaluation-fixtures';
import { settledFiles } from '../../helpers/folder-files';
import { longListWorkbook } from '../../helpers/long-list';
import { register, withUnit } from '../../helpers/model-fixtures';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

type Step = JobProgress & { jobId: string };

/** A backend whose jobs' steps are recorded; `onStep` may act at a step (cancel, as the page would). */
async function followed(dataDir: string, clock = manualClock('2023-06-01T08:00:00')) {
  const steps: Step[] = [];
  let onStep: (step: Step) => void = () => undefined;
  const backend = await openBackend(dataDir, clock.now, {
    watchJobs: (jobId, progress) => {
      steps.push({ jobId, ...progress });
      onStep({ jobId, ...progress });
    },
  });
  return { backend, steps, setOnStep: (fn: (step: Step) => void) => (onStep = fn), clock };
}

/** Cancels `jobId` through its channel, as the page's "Hủy" does. */
const cancel = (backend: Backend, jobId: string) => ok(backend, 'jobs.cancel', { jobId });

/** The phases of previewing a package of one year, 2023. */
const PACKAGE_PHASES = [
  'Đang giải nén gói dữ liệu',
  'Đang kiểm tra các tệp trong gói',
  'Đang đọc dữ liệu năm 2023',
  'Đang đối chiếu với dữ liệu ở đây',
  'Xong',
];

/** The phases a job went through, each once, in order. */
const phasesOf = (steps: Step[]) =>
  steps.map((s) => s.phase).filter((phase, i, all) => i === 0 || all[i - 1] !== phase);

describe('jobs: progress and cancel of long previews', () => {
  const tempDir = useTempDirs();

  async function withList(rows: number) {
    const dataDir = await tempDir();
    const office = await followed(dataDir);
    const { catalogues } = await withUnit(office.backend, 'Xã Chu Hương');
    const file = await longListWorkbook(
      rows,
      catalogues.units.map((u) => u.name),
      catalogues.fields.map((f) => f.name),
    );
    const input = { fileName: 'ds.xlsx', dataBase64: file.toString('base64'), year: 2023 };
    return { dataDir, ...office, input };
  }

  it('follows an Excel list through its phases, the percent only going up, to 100 when answered', async () => {
    const { backend, steps, input } = await withList(2000);
    const jobId = randomUUID();
    expect(await ok(backend, 'jobs.progress', { jobId })).toEqual({
      state: 'waiting',
      phase: 'Đang gửi tệp đi',
      percent: 0,
    });
    const preview = await ok(backend, 'imports.preview', { ...input, jobId });
    expect(preview.importId).toBe(jobId);
    expect(preview.counts).toEqual({ rows: 2000, ready: 2000, withProblems: 0 });

    expect(phasesOf(steps)).toEqual([
      'Đang mở tệp',
      READING,
      BUILDING,
      'Đang đọc các dòng',
      'Đang đối chiếu với danh mục',
      'Xong',
    ]);
    const percents = steps.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    // The worksheet is counted as it is parsed, not only before and after.
    const reading = new Set(steps.filter((s) => s.phase === READING).map((s) => s.percent));
    expect(reading.size).toBeGreaterThanOrEqual(10);
    expect(steps.at(-1)).toEqual({ jobId, state: 'done', phase: 'Xong', percent: 100 });
    expect(await ok(backend, 'jobs.progress', { jobId })).toEqual({
      state: 'done',
      phase: 'Xong',
      percent: 100,
    });
    await backend.close();
  });

  it('counts the shared strings as read too: Excel writes them after the sheet, and the percent held still', async () => {
    const { backend, steps, input } = await withList(2000);
    // Where the steps stood when exceljs began and ended reading the shared strings.
    const during: number[] = [];
    const prototype = (SharedStringsXform as { prototype: Record<string, unknown> }).prototype;
    const inherited = prototype.parseStream as (...args: unknown[]) => Promise<unknown>;
    prototype.parseStream = async function (this: unknown, ...args: unknown[]) {
      during.push(steps.length);
      const answer = await inherited.apply(this, args);
      during.push(steps.length);
      return answer;
    };
    try {
      await ok(backend, 'imports.preview', { ...input, jobId: randomUUID() });
    } finally {
      delete prototype.parseStream;
    }
    const [from, to] = during as [number, number];
    const heard = new Set(steps.slice(from, to).map((s) => `${s.phase} ${s.percent}`));
    expect([...heard].every((step) => step.startsWith(READING))).toBe(true);
    expect(heard.size).toBeGreaterThanOrEqual(3);
    await backend.close();
  });

  it('names exceljs’s building of the workbook, which cannot report, and lets the page’s next poll read it first', async () => {
    const { backend, steps, setOnStep, input } = await withList(2000);
    const jobId = randomUUID();
    // The page polls while the list is read, and again a little after the building is named.
    const polled: JobProgress[] = [];
    const poll = () => void ok(backend, 'jobs.progress', { jobId }).then((answer) => polled.push(answer));
    setOnStep((step) => {
      if (step.phase === READING && polled.length === 0) poll();
      if (step.phase === BUILDING && step.percent === 42) setTimeout(poll, 50);
    });
    // The step exceljs cannot report in: its reconciling of the parts it read, then the workbook built.
    let atBuild: { polled: JobProgress | undefined; last: Step | undefined } | undefined;
    const prototype = (XLSX as { prototype: Record<string, unknown> }).prototype;
    const reconcile = prototype.reconcile as (...args: unknown[]) => unknown;
    prototype.reconcile = function (this: unknown, ...args: unknown[]) {
      atBuild = { polled: polled.at(-1), last: steps.at(-1) };
      return reconcile.apply(this, args);
    };
    try {
      await ok(backend, 'imports.preview', { ...input, jobId });
    } finally {
      prototype.reconcile = reconcile;
    }
    const building = { state: 'running', phase: BUILDING, percent: 42 };
    expect(atBuild).toEqual({ polled: building, last: { jobId, ...building } });
    // Named once, at the end of the reading's stretch (0 to 42 % of the whole), and never read after it.
    const named = steps.findIndex((s) => s.phase === BUILDING);
    expect(steps.slice(named + 1).some((s) => s.phase === READING)).toBe(false);
    expect(steps.filter((s) => s.phase === READING).every((s) => s.percent < 42)).toBe(true);
    expect(steps.filter((s) => s.phase === BUILDING).map((s) => s.percent)).toEqual([42, 70]);
    await backend.close();
  });

  it('cancels an Excel list while it is read: refused, its commit refused, nothing written', async () => {
    const { dataDir, backend, setOnStep, input } = await withList(2000);
    const before = await settledFiles(backend, dataDir);
    const jobId = randomUUID();
    setOnStep((step) => {
      if (step.phase === 'Đang đọc các dòng') void cancel(backend, step.jobId);
    });
    const error = await refused(backend, 'imports.preview', { ...input, jobId });
    expect(error).toEqual({ code: 'CANCELLED', message: 'Đã hủy theo yêu cầu: chưa có gì được ghi.' });
    expect(await ok(backend, 'jobs.progress', { jobId })).toMatchObject({ state: 'cancelled' });
    const commit = await refused(backend, 'imports.commit', {
      importId: jobId,
      skipProblemRows: true,
      mappings: { units: {}, fields: {} },
    });
    expect(commit).toEqual({
      code: 'CANCELLED',
      message: 'Lần nhập này đã được hủy nên không có gì được ghi: hãy chọn lại tệp nếu muốn nhập.',
    });
    expect(await settledFiles(backend, dataDir)).toEqual(before);
    await backend.close();
  });

  it('drops a previewed list when cancelled before its commit, and refuses work cancelled before it came', async () => {
    const { dataDir, backend, input } = await withList(50);
    const before = await settledFiles(backend, dataDir);
    const jobId = randomUUID();
    await ok(backend, 'imports.preview', { ...input, jobId });
    expect(await cancel(backend, jobId)).toMatchObject({ state: 'cancelled', phase: 'Đã hủy' });
    const commit = { importId: jobId, skipProblemRows: false, mappings: { units: {}, fields: {} } };
    expect((await refused(backend, 'imports.commit', commit)).code).toBe('CANCELLED');

    // "Hủy" pressed while the file was still on its way: the work is refused when it arrives.
    const early = randomUUID();
    expect(await cancel(backend, early)).toMatchObject({ state: 'cancelled' });
    expect((await refused(backend, 'imports.preview', { ...input, jobId: early })).code).toBe('CANCELLED');
    // An id already used is not taken again.
    const reused = await refused(backend, 'imports.preview', { ...input, jobId });
    expect(reused.code).toBe('CANCELLED');
    expect(await settledFiles(backend, dataDir)).toEqual(before);

    // Without a cancel, the same preview imports.
    const kept = randomUUID();
    await ok(backend, 'imports.preview', { ...input, jobId: kept });
    expect(await ok(backend, 'imports.commit', { ...commit, importId: kept })).toEqual({ created: 50 });
    expect((await refused(backend, 'imports.preview', { ...input, jobId: kept })).code).toBe('CONFLICT');
    await backend.close();
  });

  it('follows and cancels a member’s score workbook; a cancelled preview saves no score', async () => {
    const dataDir = await tempDir();
    const setup = await withRound(dataDir);
    await setup.backend.close();
    const { backend, steps, setOnStep } = await followed(dataDir);
    const file = await ok(backend, 'sheets.exportWorkbook', {
      year: 2023,
      roundId: setup.round.id,
      memberId: setup.memberIds[0]!,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    workbook.getWorksheet('Tập thể')!.getCell('E6').value = 18;
    const input = {
      year: 2023,
      roundId: setup.round.id,
      fileName: 'phieu.xlsx',
      dataBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    };
    const before = await settledFiles(backend, dataDir);

    const jobId = randomUUID();
    const preview = await ok(backend, 'sheets.previewWorkbook', { ...input, jobId });
    expect(preview.previewId).toBe(jobId);
    expect(phasesOf(steps)).toEqual(['Đang mở tệp', READING, BUILDING, 'Đang so với điểm đã lưu', 'Xong']);
    await cancel(backend, jobId);
    const commit = { year: 2023, roundId: setup.round.id, previewId: jobId };
    expect(await refused(backend, 'sheets.commitWorkbook', commit)).toEqual({
      code: 'CANCELLED',
      message:
        'Lần nhập phiếu này đã được hủy nên không có điểm nào được lưu: hãy chọn lại tệp nếu muốn nhập.',
    });

    const midway = randomUUID();
    setOnStep((step) => {
      if (step.jobId === midway && step.phase === READING) void cancel(backend, midway);
    });
    expect((await refused(backend, 'sheets.previewWorkbook', { ...input, jobId: midway })).code).toBe(
      'CANCELLED',
    );
    expect(await settledFiles(backend, dataDir)).toEqual(before);
    await backend.close();
  });

  it('follows and cancels a data package; a cancelled package merges nothing', async () => {
    const clock = manualClock('2023-06-01T08:00:00');
    const sender = await openBackend(await tempDir(), clock.now);
    const ids = await withUnit(sender);
    for (let i = 0; i < 3; i++) await register(sender, ids, { title: `Mô hình số ${i + 1}` });
    const pkg = await ok(sender, 'exchange.export', { years: [2023] });
    await sender.close();

    const dataDir = await tempDir();
    const { backend, steps, setOnStep } = await followed(dataDir, clock);
    await ok(backend, 'settings.update', { orgName: 'BAN CHỈ ĐẠO' });
    const before = await settledFiles(backend, dataDir);
    const jobId = randomUUID();
    const preview = await ok(backend, 'exchange.preview', { ...pkg, jobId });
    expect(preview.packageId).toBe(jobId);
    expect(phasesOf(steps)).toEqual(PACKAGE_PHASES);
    await cancel(backend, jobId);
    expect(await refused(backend, 'exchange.commit', { packageId: jobId, resolutions: {} })).toEqual({
      code: 'CANCELLED',
      message:
        'Lần nhập gói dữ liệu này đã được hủy nên không có gì được ghi: hãy chọn lại gói nếu muốn nhập.',
    });
    const midway = randomUUID();
    setOnStep((step) => {
      if (step.jobId === midway && step.phase === 'Đang đọc dữ liệu năm 2023') void cancel(backend, midway);
    });
    expect((await refused(backend, 'exchange.preview', { ...pkg, jobId: midway })).code).toBe('CANCELLED');
    expect(await settledFiles(backend, dataDir)).toEqual(before);
    await backend.close();
  });

  it('follows a large data package through unzipping, reading and planning, each phase rising in steps', async () => {
    // 3,000 models (about 3 MB of JSON): inflated at once, checked 500 records at a time, localised and
    // planned a kind at a time.
    const sender = await withList(3000);
    await ok(sender.backend, 'imports.commit', {
      importId: (await ok(sender.backend, 'imports.preview', sender.input)).importId,
      skipProblemRows: false,
      mappings: { units: {}, fields: {} },
    });
    const pkg = await ok(sender.backend, 'exchange.export', { years: [2023] });
    await sender.backend.close();

    const { backend, steps } = await followed(await tempDir());
    const jobId = randomUUID();
    const preview = await ok(backend, 'exchange.preview', { ...pkg, jobId });
    expect(preview.summary.kinds.find((k) => k.kind === 'models')!.new).toBe(3000);
    expect(phasesOf(steps)).toEqual(PACKAGE_PHASES);
    const percents = steps.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const heard = (phase: string) => new Set(steps.filter((s) => s.phase === phase).map((s) => s.percent));
    // Unzipping runs 0 → 15 (a file at a time: the year is most of it), reading 25 → 70, planning 70 → 98:
    // each through several values, not one step.
    expect(heard('Đang giải nén gói dữ liệu')).toEqual(new Set([0, 15]));
    expect(heard('Đang đọc dữ liệu năm 2023').size).toBeGreaterThanOrEqual(6);
    expect(heard('Đang đối chiếu với dữ liệu ở đây').size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...heard('Đang đối chiếu với dữ liệu ở đây'))).toBe(98);
    await backend.close();
  });

  it('cancels a restore from a backup file until it starts writing, and not after', async () => {
    const dataDir = await tempDir();
    const { backend, steps, setOnStep } = await followed(dataDir);
    await ok(backend, 'settings.update', { orgName: 'BAN DÂN VẬN' });
    const file = await ok(backend, 'storage.exportBackup');
    await ok(backend, 'settings.update', { orgName: 'BAN DÂN VẬN ĐÃ SỬA' });
    const input = { fileName: file.fileName, dataBase64: file.dataBase64 };
    const before = await settledFiles(backend, dataDir);

    const previewId = randomUUID();
    await ok(backend, 'storage.previewBackupFile', { ...input, jobId: previewId });
    expect(phasesOf(steps.filter((s) => s.jobId === previewId))).toEqual([
      'Đang giải nén tệp sao lưu',
      'Đang kiểm tra các tệp trong tệp sao lưu',
      'Đang giải nén dữ liệu',
      'Đang đọc dữ liệu',
      'Xong',
    ]);

    const stopped = randomUUID();
    setOnStep((step) => {
      if (step.jobId === stopped && step.phase === 'Đang đọc dữ liệu') void cancel(backend, stopped);
    });
    expect((await refused(backend, 'storage.restoreBackupFile', { ...input, jobId: stopped })).code).toBe(
      'CANCELLED',
    );
    expect(await settledFiles(backend, dataDir)).toEqual(before);
    expect((await ok(backend, 'settings.get')).orgName).toBe('BAN DÂN VẬN ĐÃ SỬA');

    // Once the restore writes, "Hủy" is answered with the job as it stands, and the restore completes.
    const late = randomUUID();
    const answers: JobProgress[] = [];
    setOnStep((step) => {
      if (step.jobId === late && step.phase === 'Đang khôi phục')
        void cancel(backend, late).then((a) => answers.push(a));
    });
    await ok(backend, 'storage.restoreBackupFile', { ...input, jobId: late });
    expect(answers.map((a) => a.state)).toEqual(['running']);
    expect((await ok(backend, 'settings.get')).orgName).toBe('BAN DÂN VẬN');
    await backend.close();
  });
});
