import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { DataStore } from '../../../electron/backend/store/data-store';
import { DataFolderLockedError } from '../../../electron/backend/store/folder-lock';
import { BACKUPS_KEPT } from '../../../electron/backend/store/backups';
import { emptyYearData } from '../../../electron/backend/store/data-files';
import { readDataFolder } from '../../../electron/backend/store/data-folder';
import { encodeRecord } from '../../../electron/backend/store/journal';
import { modelRecord } from '../../helpers/model-records';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const setOrg = (store: DataStore, orgName: string) =>
  store.updateMain((d) => ({ ...d, settings: { ...d.settings, orgName } }));

describe('DataStore', () => {
  const tempDir = useTempDirs();

  async function open(dataDir: string, clock = manualClock()) {
    return DataStore.open({ dataDir, clock: clock.now });
  }

  it('starts empty with default settings and keeps what was saved across a reopen', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    expect(store.mainData.settings.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(store.mainData.settings.yearInUse).toBe(2026);
    await setOrg(store, 'BAN DÂN VẬN');
    await store.close();

    const again = await open(dir);
    expect(again.mainData.settings.orgName).toBe('BAN DÂN VẬN');
    expect(again.problems).toEqual([]);
    await again.close();
  });

  it('keeps each year in its own file and writes only the year that changed', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.updateYear(2023, (d) => d);
    await store.updateYear(2024, (d) => d);
    expect(await store.storedYears()).toEqual([2023, 2024]);
    await store.close(); // compacts the journal into the snapshots
    const { journalSeq, ...stored } = JSON.parse(await readFile(join(dir, 'years', '2023.json'), 'utf8'));
    expect(stored).toEqual(emptyYearData(2023));
    expect(journalSeq).toBe(1);
    expect((await readDataFolder(dir)).years.get(2024)).toEqual(emptyYearData(2024));
  });

  it.each([
    ['truncated JSON', '{"schemaVersion":1,"settings":{"parentName":"HUY', /không phải JSON hợp lệ/],
    ['an empty file', '', /tệp rỗng/],
    ['a wrong structure', '{"schemaVersion":1,"settings":{"orgName":5}}', /không đúng cấu trúc/],
  ])(
    'moves a main file with %s aside, byte for byte, reports it in Vietnamese and never overwrites it',
    async (_, content, reason) => {
      const dir = await tempDir();
      await writeFile(join(dir, 'office.json'), content);
      const store = await open(dir);
      expect(store.problems).toHaveLength(1);
      const problem = store.problems[0]!;
      expect(problem.file).toBe('office.json');
      expect(problem.reason).toMatch(reason);
      expect(problem.movedTo).toMatch(/^corrupt\/office\.json\..*\.hong$/);
      expect(await readFile(join(dir, problem.movedTo!), 'utf8')).toBe(content);

      await setOrg(store, 'MỚI');
      expect(await readFile(join(dir, problem.movedTo!), 'utf8')).toBe(content);
      await store.close();
    },
  );

  it('moves a corrupt year file aside when that year is first opened', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'years'));
    await writeFile(join(dir, 'years', '2023.json'), '{"schemaVersion":2,"year":20');
    const store = await open(dir);
    expect(store.problems).toEqual([]);
    expect(await store.yearData(2023)).toEqual(emptyYearData(2023));
    expect(store.problems.map((p) => p.file)).toEqual(['years/2023.json']);
    expect((await readdir(join(dir, 'corrupt'))).filter((n) => n.endsWith('.hong'))).toHaveLength(1);
    await store.close();
  });

  it('refuses to write a file it could not read and could not move aside', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'years', '2023.json'), { recursive: true }); // a folder where a file should be: unreadable
    const store = await open(dir);
    await store.yearData(2023);
    expect(store.problems[0]?.movedTo).toBeNull();
    await expect(store.updateYear(2023, (d) => d)).rejects.toMatchObject({ code: 'DATA_UNAVAILABLE' });
    await store.close();
  });

  it('refuses a journal that changes by id a field the year holds as no list: shows nothing of the year, never writes it, restores a backup', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    let store = await open(dir, clock);
    const model = modelRecord({ unitId: randomUUID(), fieldId: randomUUID(), title: 'Đoạn đường tự quản' });
    await store.updateYear(2023, (d) => ({ ...d, models: [model] }));
    await setOrg(store, 'BAN DÂN VẬN'); // takes the 2026-03-01 backup, holding the year
    await store.close();

    const snapshotPath = join(dir, 'years', '2023.json');
    const snapshot = await readFile(snapshotPath, 'utf8');
    const segments = (await readdir(join(dir, 'journal'))).sort();
    const wrong = { 'years/2023.json': { lists: { year: { upsert: [{ id: 'x' }] } } } };
    const seq = (JSON.parse(snapshot) as { journalSeq: number }).journalSeq + 1;
    await appendFile(join(dir, 'journal', segments.at(-1)!), encodeRecord({ seq, at: '', changes: wrong }));
    const reason =
      'nhật ký thay đổi không khớp với tệp: "year" trong tệp không phải là một danh sách bản ghi như nhật ký ghi';

    clock.advanceDays(1);
    store = await open(dir, clock);
    expect(await store.yearData(2023)).toEqual(emptyYearData(2023));
    expect(store.problems).toMatchObject([
      { kind: 'unreadable', file: 'years/2023.json', reason, movedTo: null },
    ]);
    await expect(store.updateYear(2023, (d) => d)).rejects.toMatchObject({
      code: 'DATA_UNAVAILABLE',
      message: `Tệp "years/2023.json" không đọc được (${reason}) nên không được ghi đè. Hãy khôi phục từ bản sao lưu.`,
    });
    await setOrg(store, 'BAN DÂN VẬN HUYỆN ỦY'); // the office's own file is still written
    await store.compact();
    expect(await readFile(snapshotPath, 'utf8')).toBe(snapshot);
    expect((await readDataFolder(dir)).unreadable.get('years/2023.json')).toBe(
      `"years/2023.json": ${reason}`,
    );

    await store.restore('2026-03-01');
    expect((await store.yearData(2023)).models).toEqual([model]);
    expect(store.mainData.settings.orgName).toBe('BAN DÂN VẬN HUYỆN ỦY'); // the backup holds no office file
    expect(store.problems).toEqual([]);
    await store.close();
    expect((await readDataFolder(dir)).years.get(2023)?.models).toEqual([model]);
  });

  it('a failed write changes neither the disk nor what the app holds', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await setOrg(store, 'CŨ');
    const journal = (store as unknown as { journal: { handle: { close(): Promise<void> } } }).journal;
    await journal.handle.close(); // the journal can no longer be written, as on a disk that went away
    const error = await setOrg(store, 'MỚI').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('WRITE_FAILED');
    expect((error as AppError).message).toMatch(/Không ghi được dữ liệu/);
    expect(store.mainData.settings.orgName).toBe('CŨ');
    expect((await readDataFolder(dir)).main?.settings.orgName).toBe('CŨ');
    await store.close().catch(() => undefined);
  });

  it('a snapshot that cannot be written keeps the journal, and nothing is lost', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await setOrg(store, 'CŨ');
    await store.compact();
    await setOrg(store, 'MỚI');
    await rm(join(dir, 'office.json'));
    await mkdir(join(dir, 'office.json')); // renaming the new snapshot onto a folder fails
    await expect(store.compact()).rejects.toThrow();
    await rm(join(dir, 'office.json'), { recursive: true });
    await store.close();
    const again = await open(dir);
    expect(again.mainData.settings.orgName).toBe('MỚI');
    await again.close();
  });

  it('copies the data at the first write of each day, keeping the newest 30', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-01-01T09:00:00');
    const store = await open(dir, clock);
    await setOrg(store, 'ngày 0'); // nothing on disk yet: nothing to back up
    expect(await store.backups.list()).toEqual([]);
    await setOrg(store, 'ngày 0, lần 2');
    const first = await store.backups.list();
    expect(first.map((b) => b.id)).toEqual(['2026-01-01']);
    await setOrg(store, 'ngày 0, lần 3');
    expect(await store.backups.list()).toHaveLength(1); // once a day

    for (let day = 1; day <= 35; day++) {
      clock.advanceDays(1);
      await setOrg(store, `ngày ${day}`);
    }
    const all = await store.backups.list();
    expect(all).toHaveLength(BACKUPS_KEPT);
    expect(all[0]!.id).toBe('2026-02-05');
    expect(all.at(-1)!.id).toBe('2026-01-07');
    const newest = await readDataFolder(store.backups.folderPath('2026-02-05'));
    expect(newest.main?.settings.orgName).toBe('ngày 34'); // the state before that day's first write
    await store.close();
  });

  it('restores a backup after a corrupt file, backing up the current state first', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    let store = await open(dir, clock);
    await setOrg(store, 'BAN DÂN VẬN');
    await store.updateYear(2023, (d) => d);
    clock.advanceDays(1);
    await setOrg(store, 'BAN DÂN VẬN HUYỆN ỦY'); // takes the 2026-03-02 backup
    await store.close();

    await writeFile(join(dir, 'office.json'), '{"schemaVersion":1,"sett');
    store = await open(dir, clock);
    expect(store.problems).toHaveLength(1);
    expect(store.mainData.settings.orgName).toBe('');

    await store.restore('2026-03-02');
    expect(store.mainData.settings.orgName).toBe('BAN DÂN VẬN');
    expect(store.problems).toEqual([]);
    expect((await store.backups.list()).some((b) => b.id.includes('truoc-khoi-phuc'))).toBe(true);
    await store.close();
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const dir = await tempDir();
    const clock = manualClock();
    const store = await open(dir, clock);
    await setOrg(store, 'A');
    await setOrg(store, 'B');
    const [backup] = await store.backups.list();
    expect(backup!.files).toEqual(['journal/000000000001.jsonl']);
    await writeFile(store.backups.filePath(backup!.id, backup!.files[0]!), 'hỏng\n{}\n');
    await expect(store.restore(backup!.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(store.mainData.settings.orgName).toBe('B');
    expect((await readDataFolder(dir)).main?.settings.orgName).toBe('B');
    await expect(store.restore('2020-01-01')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await store.close();
  });

  it('refuses a second process on the same data folder', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await expect(open(dir)).rejects.toBeInstanceOf(DataFolderLockedError);
    await store.close();
    const again = await open(dir);
    await again.close();
  });

  it('serialises concurrent changes so none is lost', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.updateMain((d) => ({
          ...d,
          settings: { ...d.settings, orgName: `${d.settings.orgName}${i},` },
        })),
      ),
    );
    expect(store.mainData.settings.orgName.split(',').filter(Boolean)).toHaveLength(20);
    await store.close();
  });
});
