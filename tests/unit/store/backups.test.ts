import { cp, mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, Backups } from '../../../electron/backend/store/backups';
import type { AppError } from '../../../shared/contract/errors';
import { DataStore } from '../../../electron/backend/store/data-store';
import { readDataFolder, tallyDataFolder } from '../../../electron/backend/store/data-folder';
import { modelRecord } from '../../helpers/model-records';
import { ok, openBackend, refused } from '../../helpers/backend';
import { withRound } from '../../helpers/evaluation-fixtures';
import { register } from '../../helpers/model-fixtures';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const setOrg = (store: DataStore, orgName: string) =>
  store.updateMain((d) => ({ ...d, settings: { ...d.settings, orgName } }));

/** errno words and system calls: what the user must never be shown. */
const TECHNICAL =
  /\bE[A-Z]{3,}\b|mkdir|rename|copyfile|rmdir|open '|no such|not a directory|permission denied/i;

describe('backups', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string, clock = manualClock()) => DataStore.open({ dataDir, clock: clock.now });

  it('keeps the daily series and the manual backups apart, each kind labelled', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-01-01T09:00:00');
    const store = await open(dir, clock);
    await setOrg(store, 'ngày 0');
    for (let day = 1; day <= BACKUPS_KEPT; day++) {
      clock.advanceDays(1);
      await setOrg(store, `ngày ${day}`);
    }
    for (let n = 0; n <= BACKUPS_KEPT; n++) {
      clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
      await store.backups.createNamed('manual');
    }
    const all = await store.backups.list();
    const daily = all.filter((b) => b.kind === 'daily');
    const manual = all.filter((b) => b.kind === 'manual');
    expect(daily).toHaveLength(BACKUPS_KEPT);
    expect(daily[0]!.id).toBe('2026-01-31');
    expect(manual).toHaveLength(BACKUPS_KEPT);
    expect(manual.every((b) => /^2026-01-31-thu-cong-\d{6}$/.test(b.id))).toBe(true);
    expect(all).toHaveLength(2 * BACKUPS_KEPT);
    await store.close();
  });

  it('records in each backup the models and rounds it holds; older backups have no counts', async () => {
    const dir = await tempDir();
    const setup = await withRound(dir, { models: [{}, {}] }); // 2 models, 1 round, on 2026-11-29
    await setup.backend.close();
    const clock = manualClock('2026-11-30T08:00:00');
    const backend = await openBackend(dir, clock.now);
    // The first change of the day takes the daily backup of the data as it stood before it.
    await register(backend, setup.ids, { title: 'Mô hình số 3' });
    const status = await ok(backend, 'backups.create');
    const [manual, daily] = ['2026-11-30-thu-cong-080000', '2026-11-30'].map((id) =>
      status.backups.find((b) => b.id === id)!,
    );
    expect([manual!.kind, manual!.counts]).toEqual(['manual', { models: 3, rounds: 1 }]);
    expect([daily!.kind, daily!.counts]).toEqual(['daily', { models: 2, rounds: 1 }]);

    const old = join(dir, 'backups', '2026-11-01');
    await mkdir(old);
    await writeFile(
      join(old, 'backup.json'),
      JSON.stringify({ createdAt: '2026-11-01T08:00:00Z', files: [] }),
    );
    const listed = await ok(backend, 'storage.status');
    expect(listed.backups.find((b) => b.id === '2026-11-01')!.counts).toBeNull();
    await backend.close();
  });

  it("counts a folder from its snapshots' ids with the journal replayed over them, as reading it whole does", async () => {
    const dir = await tempDir();
    const model = () => modelRecord({ unitId: randomUUID(), fieldId: randomUUID() });
    let store = await open(dir);
    await store.updateYear(2023, (d) => ({ ...d, models: [model(), model(), model(), model(), model()] }));
    await store.close(); // 2023's five models now in its snapshot
    store = await open(dir);
    await store.updateYear(2023, (d) => ({ ...d, models: [...d.models.slice(2), model()] }));
    await store.updateYear(2024, (d) => ({ ...d, models: [model(), model()] }));
    // As a crash would leave it: 2023 = snapshot + journal, 2024 = journal only.
    const copy = await tempDir();
    await cp(dir, copy, {
      recursive: true,
      filter: (src) => !src.endsWith('.dvk.lock') && !src.includes('backups'),
    });
    await store.close();

    const whole = await readDataFolder(copy);
    const models = [...whole.years.values()].reduce((n, y) => n + y.models.length, 0);
    expect(models).toBe(6);
    expect(await tallyDataFolder(copy)).toEqual({ models: 6, rounds: 0 });
    // From the snapshot's positions (index/2023.vi-tri.json) or, with none, from a stream of the snapshot.
    expect(await tallyDataFolder(copy, await tempDir())).toEqual({ models: 6, rounds: 0 });
    // The positions are taken at their word once the copy is byte for byte the snapshot they describe.
    const places = await tempDir();
    const positions = JSON.parse(await readFile(join(copy, 'index', '2023.vi-tri.json'), 'utf8'));
    positions.layout.records.models['một-mô-hình-nữa'] = [0, 1];
    await mkdir(join(places, 'index'));
    await writeFile(join(places, 'index', '2023.vi-tri.json'), JSON.stringify(positions));
    expect(await tallyDataFolder(copy, places)).toEqual({ models: 7, rounds: 0 });

    await truncate(join(copy, 'years', '2023.json'), 100);
    await expect(tallyDataFolder(copy)).rejects.toThrow('2023.json');
  });

  it('makes two backups or restores within the same second under distinct names, one at a time', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    const backend = await openBackend(dir, clock.now);
    await ok(backend, 'settings.update', { orgName: 'BAN DÂN VẬN' });
    await ok(backend, 'settings.update', { orgName: 'BAN DÂN VẬN HUYỆN ỦY' });
    await Promise.all([ok(backend, 'backups.create'), ok(backend, 'backups.create')]);
    const status = await ok(backend, 'storage.status');
    expect(
      status.backups
        .filter((b) => b.kind === 'manual')
        .map((b) => b.id)
        .sort(),
    ).toEqual(['2026-03-01-thu-cong-090000', '2026-03-01-thu-cong-090000-2']);
    await Promise.all([
      ok(backend, 'backups.restore', { id: '2026-03-01' }),
      ok(backend, 'backups.restore', { id: '2026-03-01' }),
    ]);
    const after = await ok(backend, 'storage.status');
    expect(after.backups.filter((b) => b.kind === 'before-restore')).toHaveLength(2);
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.partial'))).toEqual([]);
    await backend.close();
  });

  it('removes a half-made backup when the copy fails, and those a crash left at start', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await setOrg(store, 'A');
    await store.close();
    await mkdir(join(dir, 'years', '2023.json'), { recursive: true }); // a folder where a file should be
    const backups = new Backups(dir, manualClock().now);
    await expect(backups.createNamed('manual')).rejects.toThrow();
    expect(await readdir(join(dir, 'backups'))).toEqual([]);
    await rm(join(dir, 'years'), { recursive: true });

    await mkdir(join(dir, 'backups', '.2026-11-29.partial', 'years'), { recursive: true });
    await writeFile(join(dir, 'backups', '.2026-11-29.partial', 'office.json'), '{');
    const again = await open(dir);
    expect(await readdir(join(dir, 'backups'))).toEqual([]);
    await again.close();
  });

  it('removes at start the temporary files of writes a crash interrupted, and nothing else', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await setOrg(store, 'A');
    await store.updateYear(2023, (d) => d);
    await store.close();
    const leftovers = [
      '.office.json.0123456789ab.tmp',
      'years/.2023.json.abcdef012345.tmp',
      'attachments/m1/.a1.fedcba987654.tmp',
    ];
    const kept = ['ghi-chu.tmp', 'attachments/m1/a1', 'corrupt/.office.json.0123456789ab.tmp'];
    for (const file of [...leftovers, ...kept]) {
      await mkdir(join(dir, file, '..'), { recursive: true });
      await writeFile(join(dir, file), 'x'.repeat(1000));
    }
    const again = await open(dir);
    const present = await readdir(dir, { recursive: true });
    for (const file of leftovers) expect(present).not.toContain(file);
    for (const file of kept) expect(present).toContain(file);
    expect(again.mainData.settings.orgName).toBe('A');
    await again.close();
  });
});

describe('disk errors', () => {
  const tempDir = useTempDirs();

  it('refuse a save as WRITE_FAILED in Vietnamese saying what to do, and change nothing', async () => {
    const dir = await tempDir();
    const store = await DataStore.open({ dataDir: dir, clock: manualClock().now });
    await setOrg(store, 'CŨ');
    await setOrg(store, 'CŨ'); // the day's backup is taken
    // The disk refuses the next append to the journal (as a removed USB drive would).
    await (store as unknown as { journal: { handle: { close(): Promise<void> } } }).journal.handle.close();
    const error = (await setOrg(store, 'MỚI').catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toMatch(/^Không ghi được dữ liệu xuống đĩa\. .*Hãy .*Thay đổi chưa được lưu/);
    expect(error.message).not.toMatch(TECHNICAL);
    expect(store.mainData.settings.orgName).toBe('CŨ');
    await store.close().catch(() => undefined);
  });

  it('refuse a backup on a disk that will not take it as WRITE_FAILED, not INTERNAL English', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    await ok(backend, 'settings.update', { orgName: 'CŨ' });
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, 'backups'), '');
    const error = await refused(backend, 'backups.create');
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).not.toMatch(TECHNICAL);
    await backend.close();
  });

  it('say at start, in Vietnamese, why the data folder cannot be opened and what to do', async () => {
    const file = join(await tempDir(), 'không-phải-thư-mục');
    await writeFile(file, '');
    const error = await DataStore.open({ dataDir: file, clock: manualClock().now }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Không mở được thư mục dữ liệu ".*"\. /);
    // The folder's own name aside: a temporary one ("dvk-test-eNubXx") can read as an error code.
    expect((error as Error).message.replaceAll(file, '…')).not.toMatch(TECHNICAL);
  });

  it('name a full disk and a read-only folder with what to do', async () => {
    const { writeFailed } = await import('../../../electron/backend/store/disk-errors');
    const full = Object.assign(new Error('ENOSPC: no space left on device, copyfile'), { code: 'ENOSPC' });
    const readOnly = Object.assign(new Error('EROFS: read-only file system, rmdir'), { code: 'EROFS' });
    expect(writeFailed(full, 'D:\\DVK').toData()).toEqual({
      code: 'WRITE_FAILED',
      message:
        'Không ghi được dữ liệu xuống đĩa. Ổ đĩa đã đầy. Hãy giải phóng dung lượng (xóa bớt tệp không cần) rồi thử lại. ' +
        'Thay đổi chưa được lưu; dữ liệu đã lưu trước đó vẫn nguyên vẹn.',
    });
    expect(writeFailed(readOnly, 'D:\\DVK').message).toContain(
      'Không có quyền ghi vào thư mục dữ liệu "D:\\DVK" (hoặc ổ đĩa chỉ cho đọc). Hãy kiểm tra quyền của thư mục',
    );
  });
});
