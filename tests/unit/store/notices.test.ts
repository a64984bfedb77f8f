import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataStore } from '../../../electron/backend/store/data-store';
import { readJournal } from '../../../electron/backend/store/journal';
import { ok, openBackend } from '../../helpers/backend';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const setOrg = (store: DataStore, orgName: string) =>
  store.updateMain((d) => ({ ...d, settings: { ...d.settings, orgName } }));

describe('files that cannot be used', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string, clock = manualClock(), appVersion = '1.0.0') =>
    DataStore.open({ dataDir, clock: clock.now, appVersion });

  it('keeps the notice about a corrupt file across restarts until it is dismissed', async () => {
    const dir = await tempDir();
    let store = await open(dir);
    await setOrg(store, 'BAN DÂN VẬN');
    await store.close();
    await writeFile(join(dir, 'office.json'), '{"schemaVersion":3,"sett');

    store = await open(dir);
    const [notice] = store.problems;
    expect(notice).toMatchObject({
      kind: 'corrupt',
      file: 'office.json',
      reason: 'nội dung không phải JSON hợp lệ, có thể tệp bị cắt cụt', // the parser's English goes to the log
    });
    await store.close();
    store = await open(dir); // quit without acting, start again
    expect(store.problems).toEqual([notice]);
    expect(store.mainData.settings.orgName).toBe('');
    await store.dismissProblems();
    await store.close();
    store = await open(dir);
    expect(store.problems).toEqual([]);
    expect(await readdir(join(dir, 'corrupt'))).toContain(notice!.movedTo!.slice('corrupt/'.length));
    await store.close();
  });

  it('leaves a file from a newer version in place, writes nothing, and names the version that wrote it', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({ schemaVersion: 99, writtenBy: '2.3.0', settings: { orgName: 'MỚI' } });
    await writeFile(join(dir, 'office.json'), newer);
    const store = await open(dir);
    const message =
      'Tệp "office.json" được lưu bởi phiên bản 2.3.0 của Dân vận khéo, mới hơn phiên bản này (đang dùng phiên bản 1.0.0). ' +
      'Hãy cập nhật Dân vận khéo lên phiên bản 2.3.0 hoặc mới hơn để mở dữ liệu. ' +
      'Tệp được giữ nguyên và ứng dụng không ghi gì vào thư mục dữ liệu cho đến khi đó.';
    expect(store.problems).toMatchObject([
      { kind: 'newer', file: 'office.json', reason: message, movedTo: null },
    ]);
    await expect(setOrg(store, 'CŨ')).rejects.toMatchObject({ code: 'DATA_UNAVAILABLE', message });
    await expect(store.updateYear(2023, (d) => d)).rejects.toMatchObject({ code: 'DATA_UNAVAILABLE' });
    await store.close();
    expect(await readFile(join(dir, 'office.json'), 'utf8')).toBe(newer);
    expect((await readJournal(join(dir, 'journal'))).records).toEqual([]);
    expect(await readdir(dir)).not.toContain('years');
    expect(await readdir(dir)).not.toContain('corrupt');
  });

  it('writes the app version into each file, so an older version can name it', async () => {
    const dir = await tempDir();
    const store = await open(dir, manualClock(), '1.4.2');
    await setOrg(store, 'BAN DÂN VẬN');
    await store.close();
    expect(JSON.parse(await readFile(join(dir, 'office.json'), 'utf8')).writtenBy).toBe('1.4.2');
  });

  it('restores all files as one journal record, so memory and disk agree whatever happens', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    let store = await open(dir, clock);
    await setOrg(store, 'CŨ');
    await store.updateYear(2023, (d) => ({ ...d, models: [] }));
    clock.advanceDays(1);
    await setOrg(store, 'MỚI'); // takes the 2026-03-02 backup, holding "CŨ"
    await store.backups.whenIdle();
    await store.close();
    store = await open(dir, clock);
    const before = (await readJournal(join(dir, 'journal'))).records.length;
    await store.restore('2026-03-02');
    const records = (await readJournal(join(dir, 'journal'))).records;
    expect(records.slice(before).map((r) => r.label)).toEqual(['backups.restore']);
    expect(Object.keys(records.at(-1)!.changes)).toEqual(['office.json']);
    expect(store.mainData.settings.orgName).toBe('CŨ');
    await store.close();
    store = await open(dir, clock);
    expect(store.mainData.settings.orgName).toBe('CŨ');
    await store.close();
  });

  it('offers the newest backup made before the file broke that holds a good copy of it, with its date', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    let backend = await openBackend(dir, clock.now);
    await ok(backend, 'settings.update', { orgName: 'NGÀY 1' });
    clock.advanceDays(1);
    await ok(backend, 'settings.update', { orgName: 'NGÀY 2' }); // backup 2026-03-02 holds "NGÀY 1"
    await backend.close();
    await writeFile(join(dir, 'office.json'), '{"schemaVersion":3,"sett');
    clock.advanceDays(1);
    backend = await openBackend(dir, clock.now);
    await ok(backend, 'settings.update', { orgName: 'TẠM' }); // today's backup: after the file broke
    await ok(backend, 'settings.update', { orgName: 'TẠM 2' });
    const status = await ok(backend, 'storage.status');
    expect(status.backups.map((b) => b.id)).toContain('2026-03-03');
    expect(status.problems).toMatchObject([
      {
        file: 'office.json',
        backup: { id: '2026-03-02', createdAt: new Date('2026-03-02T09:00:00').toISOString() },
      },
    ]);
    await ok(backend, 'backups.restore', { id: '2026-03-02' });
    expect(await ok(backend, 'settings.get')).toMatchObject({ orgName: 'NGÀY 1' });
    expect((await ok(backend, 'storage.status')).problems).toEqual([]);
    await backend.close();
  });
});
