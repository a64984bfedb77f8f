import { randomUUID } from 'node:crypto';
import { defaultFields, defaultIndicators, type Unit } from '../shared/domain/catalogues';
import type { Model } from '../shared/domain/model';
import { generateYearModels } from '../electron/backend/demo/model-generator';
import { seededRandom } from '../electron/backend/demo/random';
import { DataStore } from '../electron/backend/store/data-store';

export interface DatasetSpec {
  name: string;
  years: number[];
  perYear: number;
  units: number;
}

export const DISTRICT: DatasetSpec = {
  name: 'huyện (3.000 mô hình / 10 năm)',
  years: range(2016, 10),
  perYear: 300,
  units: 40,
};
export const PROVINCE: DatasetSpec = {
  name: 'tỉnh (25.000 mô hình / 5 năm)',
  years: range(2021, 5),
  perYear: 5000,
  units: 300,
};

function range(from: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => from + i);
}

/** Writes a data folder of `spec` with the demo generator (the same text lengths as real registrations). */
export async function writeDataset(dataDir: string, spec: DatasetSpec): Promise<void> {
  const at = new Date().toISOString();
  const units: Unit[] = Array.from({ length: spec.units }, (_, i) => ({
    id: randomUUID(),
    name: i % 3 === 0 ? `Hội Nông dân đơn vị ${i + 1}` : `Xã số ${i + 1}`,
    type: i % 3 === 0 ? 'Mặt trận Tổ quốc và các đoàn thể' : 'Xã, thị trấn',
    commune: i % 3 === 0 ? '' : `Xã số ${i + 1}`,
    active: true,
    createdAt: at,
    updatedAt: at,
  }));
  const store = await DataStore.open({ dataDir, clock: () => new Date() });
  await store.updateMain((d) => ({ ...d, catalogues: { ...d.catalogues, units } }));
  const rng = seededRandom(7);
  let previous: Model[] = [];
  for (const year of spec.years) {
    const models = generateYearModels({
      year,
      count: spec.perYear,
      individuals: Math.round(spec.perYear * 0.08),
      previous,
      continuedShare: 0.35,
      evaluated: year < spec.years.at(-1)!,
      units,
      fields: defaultFields,
      indicators: defaultIndicators,
      communes: units.filter((u) => u.commune).map((u) => u.name),
      rng,
      actor: 'bench',
    });
    await store.updateYear(year, (d) => ({ ...d, models }));
    previous = models;
  }
  await store.close();
}
