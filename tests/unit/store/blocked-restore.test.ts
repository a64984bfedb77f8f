import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DataStore } from '../../../electron/backend/store/data-store';
import { applyObject } from '../../../electron/backend/store/change-diff';
import { emptyYearData } from '../../../electron/backend/store/data-files';
import { readDataFolder } from '../../../electron/backend/store/data-folder';
import { decodeRecord, encodeRecord } from '../../../electron/backend/store/journal';
import { modelRecord } from '../../helpers/model-records';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const REASON =
  'nhật ký thay đổi không khớp với tệp: "year" trong tệp không phải là một danh sách bản ghi như nhật ký ghi';

describe('a year blocked by a journal record that fits no field of it', () => {
  const tempDir = useTempDirs();

  /**
   * A folder whose year 2023 holds `model`, backed up on 2026-03-01, then a journal record that changes by id
   * a field the year holds as no list: the year is blocked from the next opening on (2026-03-02).
   */
  async function blockedYear() {
    const dir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    const store = await DataStore.open({ dataDir: dir, clock: clock.now });
    const model = modelRecord({ unitId: randomUUID(), fieldId: randomUUID(), title: 'Đoạn đường tự quản' });
    await store.updateYear(2023, (d) => ({ ...d, models: [model] }));
    await store.updateMain((d) => ({ ...d, settings: { ...d.settings, orgName: 'BAN DÂN VẬN' } }));
    await store.close();
    const snapshot = JSON.parse(await readFile(join(dir, 'years', '2023.json'), 'utf8')) as {
      journalSeq: number;
    };
    const segments = (await readdir(join(dir, 'journal'))).sort();
    const wrong = { 'years/2023.json': { lists: { year: { upsert: [{ id: 'x' }] } } } };
    await appendFile(
      join(dir, 'journal', segments.at(-1)!),
      encodeRecord({ seq: snapshot.journalSeq + 1, at: '', changes: wrong }),
    );
    clock.advanceDays(1);
    return { dir, clock, model };
  }

  it('keeps a restore from the banner and the changes after it when no snapshot can be written before a crash', async () => {
    const { dir, clock, model } = await blockedYear();
    let store = await DataStore.open({ dataDir: dir, clock: clock.now });
    expect(await store.yearData(2023)).toEqual(emptyYearData(2023));
    expect(store.problems).toMatchObject([{ file: 'years/2023.json', reason: REASON }]);

    // The disk is full: no snapshot is written (the restored year's, compaction's at close), as after a crash.
    const writes = vi
      .spyOn(store as unknown as { writeSnapshot(): Promise<void> }, 'writeSnapshot')
      .mockRejectedValue(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    await store.restore('2026-03-01');
    const later = modelRecord({ unitId: model.unitId, fieldId: model.fieldId, title: 'Sửa sau khôi phục' });
    await store.updateYear(2023, (d) => ({ ...d, models: [...d.models, later] }));
    await store.close();
    expect(writes).toHaveBeenCalled();
    writes.mockRestore();

    expect((await readDataFolder(dir)).years.get(2023)?.models).toEqual([model, later]);
    store = await DataStore.open({ dataDir: dir, clock: clock.now });
    expect(await store.yearModel(2023, later.id)).toEqual(later); // read alone, the year not loaded
    expect((await store.yearData(2023)).models).toEqual([model, later]);
    expect(store.problems).toEqual([]);
    await store.updateYear(2023, (d) => ({ ...d, models: [later] }));
    await store.close();
    expect((await readDataFolder(dir)).years.get(2023)?.models).toEqual([later]);
  });

  it('reads a restored year from the journal when its snapshot became unreadable before it was written again', async () => {
    const { dir, clock, model } = await blockedYear();
    let store = await DataStore.open({ dataDir: dir, clock: clock.now });
    await store.yearData(2023);
    const writes = vi
      .spyOn(store as unknown as { writeSnapshot(): Promise<void> }, 'writeSnapshot')
      .mockRejectedValue(new Error('EIO: i/o error'));
    await store.restore('2026-03-01');
    await store.close();
    writes.mockRestore();
    const path = join(dir, 'years', '2023.json');
    await rm(path);
    await mkdir(path); // a folder where the file should be: it can be neither read nor replaced

    expect((await readDataFolder(dir)).years.get(2023)?.models).toEqual([model]);
    store = await DataStore.open({ dataDir: dir, clock: clock.now });
    expect((await store.yearData(2023)).models).toEqual([model]);
    expect(store.problems).toEqual([]);
    await rm(path, { recursive: true });
    await store.close(); // the next compaction writes it
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ models: [model] });
  });

  it('journals the restore of a blocked year as a whole-file replacement, and still reads records written before', async () => {
    // A line as the journal wrote it before replacements existed.
    const old =
      '{"sum":"971257f0245678834c9b19753e0bbd0ab2b23ad2e0a050a0fc00ac5792450da1","tx":{"seq":7,"at":"2026-03-01T02:00:00.000Z","label":"models.update","changes":{"years/2023.json":{"lists":{"models":{"upsert":[{"id":"m1","title":"Đường hoa"}],"delete":["m2"]}},"in":{"meta":{"set":{"a":1},"unset":["b"]}}},"office.json":{"set":{"x":1}}}}}';
    expect(decodeRecord(old)).toEqual({
      seq: 7,
      at: '2026-03-01T02:00:00.000Z',
      label: 'models.update',
      changes: {
        'years/2023.json': {
          lists: { models: { upsert: [{ id: 'm1', title: 'Đường hoa' }], delete: ['m2'] } },
          in: { meta: { set: { a: 1 }, unset: ['b'] } },
        },
        'office.json': { set: { x: 1 } },
      },
    });

    const { dir, clock, model } = await blockedYear();
    const store = await DataStore.open({ dataDir: dir, clock: clock.now });
    await store.yearData(2023);
    await store.restore('2026-03-01');
    const segments = (await readdir(join(dir, 'journal'))).sort();
    const lines = (await readFile(join(dir, 'journal', segments.at(-1)!), 'utf8')).split('\n');
    const restore = decodeRecord(lines.at(-2)!);
    expect(restore?.label).toBe('backups.restore');
    expect(restore?.changes['years/2023.json']).toEqual({
      replace: true,
      set: { ...emptyYearData(2023), models: [model] },
    });
    // Replayed over anything, it keeps nothing of it: not even a field the restored data lacks.
    expect(applyObject({ models: [], year: 'x', extra: 1 }, { replace: true, set: { year: 2023 } })).toEqual({
      year: 2023,
    });
    await store.close();
  });

  it('reads the other files of a backup that holds the bad record, and restores none of it', async () => {
    const { dir, clock, model } = await blockedYear();
    const store = await DataStore.open({ dataDir: dir, clock: clock.now });
    const backup = (await store.backups.createNamed('manual'))!.id; // its journal holds the bad record
    await store.updateMain((d) => ({ ...d, settings: { ...d.settings, orgName: 'HUYỆN ỦY' } }));
    const read = await readDataFolder(store.backups.folderPath(backup));
    expect(read.main?.settings.orgName).toBe('BAN DÂN VẬN');
    expect(read.years.has(2023)).toBe(false);
    expect(read.unreadable).toEqual(new Map([['years/2023.json', `"years/2023.json": ${REASON}`]]));
    await expect(store.restore(backup)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Bản sao lưu "${backup}" không dùng được ("years/2023.json": ${REASON}). Không khôi phục gì.`,
    });
    expect(store.mainData.settings.orgName).toBe('HUYỆN ỦY');
    await store.restore('2026-03-01');
    expect((await store.yearData(2023)).models).toEqual([model]);
    await store.close();
  });
});
