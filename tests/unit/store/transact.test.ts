import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import type { Unit } from '../../../shared/domain/catalogues';
import { DataStore, type Tx } from '../../../electron/backend/store/data-store';
import { emptyYearData, type MainData } from '../../../electron/backend/store/data-files';
import { modelRecord } from '../../helpers/model-records';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const AT = '2026-01-05T02:00:00.000Z';
const unit = (name: string): Unit => ({
  id: randomUUID(),
  createdAt: AT,
  updatedAt: AT,
  name,
  type: 'Xã, thị trấn',
  commune: name,
  active: true,
});
const withOrg = (main: MainData, orgName: string): MainData => ({
  ...main,
  settings: { ...main.settings, orgName },
});
const withUnits = (main: MainData, units: Unit[]): MainData => ({
  ...main,
  catalogues: { ...main.catalogues, units },
});

async function addModel(tx: Tx, year: number, unitId: string, title: string): Promise<string> {
  const data = await tx.year(year);
  const model = modelRecord({ unitId, fieldId: tx.main.catalogues.fields[0]!.id, year, title });
  tx.setYear(year, { ...data, models: [...data.models, model] });
  return model.id;
}

describe('DataStore.transact', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string) => DataStore.open({ dataDir, clock: manualClock().now });

  /** Every data file in the folder, by name. */
  async function diskState(dir: string): Promise<Record<string, string>> {
    const state: Record<string, string> = {};
    state['office.json'] = await readFile(join(dir, 'office.json'), 'utf8').catch(() => '');
    for (const name of await readdir(join(dir, 'years')).catch(() => [] as string[]))
      state[`years/${name}`] = await readFile(join(dir, 'years', name), 'utf8');
    return state;
  }

  it('stores the office and several years together and returns what the handler returned', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const chuHuong = unit('Xã Chu Hương');
    const result = await store.transact(async (tx) => {
      tx.setMain(withUnits(withOrg(tx.main, 'BAN DÂN VẬN'), [chuHuong]));
      expect(tx.main.settings.orgName).toBe('BAN DÂN VẬN'); // reads see the transaction's own change
      const first = await addModel(tx, 2023, chuHuong.id, 'Đường giao thông');
      const second = await addModel(tx, 2024, chuHuong.id, 'Nước sạch');
      expect((await tx.year(2024)).models.map((m) => m.id)).toEqual([second]);
      expect(await tx.storedYears()).toEqual([2023, 2024]);
      expect(await store.storedYears()).toEqual([]); // nothing is visible outside before the commit
      return { first, second };
    });
    expect(store.mainData.settings.orgName).toBe('BAN DÂN VẬN');
    await store.close();

    const again = await open(dir);
    expect(again.mainData.settings.orgName).toBe('BAN DÂN VẬN');
    expect(again.mainData.catalogues.units).toEqual([chuHuong]);
    expect(await again.storedYears()).toEqual([2023, 2024]);
    expect((await again.yearData(2023)).models.map((m) => [m.id, m.title])).toEqual([
      [result.first, 'Đường giao thông'],
    ]);
    expect((await again.yearData(2024)).models.map((m) => [m.id, m.title])).toEqual([
      [result.second, 'Nước sạch'],
    ]);
    await again.close();
  });

  it('a handler that throws changes nothing on disk or in memory, whichever files it had set', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const chuHuong = unit('Xã Chu Hương');
    await store.transact(async (tx) => {
      tx.setMain(withUnits(withOrg(tx.main, 'CŨ'), [chuHuong]));
      await addModel(tx, 2023, chuHuong.id, 'Đường giao thông');
    });
    const before = await diskState(dir);
    const yearBefore = await store.yearData(2023);
    const mainBefore = store.mainData;

    const refusal = new AppError('CONFLICT', 'Không được.');
    await expect(
      store.transact(async (tx) => {
        tx.setMain(withUnits(withOrg(tx.main, 'MỚI'), []));
        await addModel(tx, 2023, chuHuong.id, 'Thứ hai');
        await addModel(tx, 2025, chuHuong.id, 'Năm mới');
        throw refusal;
      }),
    ).rejects.toBe(refusal);

    expect(await diskState(dir)).toEqual(before);
    expect(store.mainData).toBe(mainBefore);
    expect(await store.yearData(2023)).toBe(yearBefore);
    expect(await store.storedYears()).toEqual([2023]);
    await store.close();
  });

  it('a transaction that sets nothing writes nothing and still answers', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    expect(await store.transact((tx) => tx.main.settings.yearInUse)).toBe(2026);
    expect(await diskState(dir)).toEqual({ 'office.json': '' });
    await store.close();
  });

  it('runs each check with the write it allows: a unit deleted while a model is created for it', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const chuHuong = unit('Xã Chu Hương');
    await store.transact((tx) => tx.setMain(withUnits(tx.main, [chuHuong])));

    const createModel = store.transact(async (tx) => {
      if (!tx.main.catalogues.units.some((u) => u.id === chuHuong.id))
        throw new AppError('NOT_FOUND', 'Đơn vị đã bị xoá.');
      await new Promise((resolve) => setTimeout(resolve, 20)); // a slow check: the delete must still wait
      return addModel(tx, 2026, chuHuong.id, 'Đường giao thông');
    });
    const deleteUnit = store.transact(async (tx) => {
      for (const year of await tx.storedYears())
        if ((await tx.year(year)).models.some((m) => m.unitId === chuHuong.id))
          throw new AppError('CONFLICT', 'Đơn vị đang có mô hình.');
      tx.setMain(withUnits(tx.main, []));
    });
    const [created, deleted] = await Promise.allSettled([createModel, deleteUnit]);
    expect(created.status).toBe('fulfilled');
    expect(deleted).toMatchObject({ status: 'rejected', reason: { code: 'CONFLICT' } });
    expect(store.mainData.catalogues.units).toEqual([chuHuong]);
    expect((await store.yearData(2026)).models.map((m) => m.unitId)).toEqual([chuHuong.id]);
    await store.close();
  });

  it('a refused transaction does not stop the ones queued after it', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const refused = store.transact(() => {
      throw new AppError('CONFLICT', 'Không.');
    });
    const next = store.transact((tx) => tx.setMain(withOrg(tx.main, 'SAU')));
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT' });
    await next;
    expect(store.mainData.settings.orgName).toBe('SAU');
    expect(await store.yearData(2030)).toEqual(emptyYearData(2030));
    await store.close();
  });
});
