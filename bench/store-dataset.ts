import { randomUUID } from 'node:crypto';
import { createBackend, type Backend } from '../electron/backend/backend';
import { generateYearModels } from '../electron/backend/demo/model-generator';
import { seededRandom } from '../electron/backend/demo/random';
import { DataStore } from '../electron/backend/store/data-store';
import type { Envelope } from '../shared/contract/errors';
import { defaultFields, defaultIndicators, type Member, type Unit } from '../shared/domain/catalogues';
import type { Commendation } from '../shared/domain/commendation';
import type { Model } from '../shared/domain/model';
import type { Round } from '../shared/domain/round';
import type { Sheet } from '../shared/domain/sheet';

export interface StoreDatasetSpec {
  name: string;
  years: number[];
  perYear: number;
  units: number;
  /** A round of `roundSize` models scored by 7 members, in this year (the last); none when 0. */
  roundYear: number;
  roundSize: number;
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

export const DISTRICT: StoreDatasetSpec = {
  name: 'huyện (3.000 mô hình / 10 năm, đợt 300×7)',
  years: range(2016, 10),
  perYear: 300,
  units: 40,
  roundYear: 2025,
  roundSize: 300,
};
export const PROVINCE: StoreDatasetSpec = {
  name: 'tỉnh (5 năm × 5.000 mô hình, đợt 5.000×7)',
  years: range(2021, 5),
  perYear: 5000,
  units: 300,
  roundYear: 2025,
  roundSize: 5000,
};
export const ONE_BIG_YEAR: StoreDatasetSpec = {
  name: '25.000 mô hình trong một năm (đợt 5.000×7)',
  years: [2025],
  perYear: 25_000,
  units: 600,
  roundYear: 2025,
  roundSize: 5000,
};

export const MEMBERS = 7;

export async function call<T>(backend: Backend, channel: string, input?: unknown): Promise<T> {
  const answer = (await backend.handle(channel, input)) as Envelope<T>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.data;
}

export const backendOptions = (dataDir: string) => ({
  dataDir,
  clock: () => new Date(),
  version: 'bench',
  transport: 'http' as const,
  actor: 'bench',
});

/**
 * The year's commendations: its exemplary models granted one, and one model in fifty proposed (a year not
 * evaluated yet has no exemplary ones), so a model page's card has a list of a real size to look in.
 */
function commendationsOf(models: readonly Model[], at: string): Commendation[] {
  return models
    .filter((m, i) => m.status === 'exemplary' || i % 50 === 0)
    .map((m) => {
      const granted = m.status === 'exemplary';
      return {
        id: randomUUID(),
        createdAt: at,
        updatedAt: at,
        modelId: m.id,
        roundId: null,
        status: granted ? 'granted' : 'proposed',
        form: granted ? 'Bằng khen' : 'Giấy khen',
        formOther: '',
        issuer: 'Ủy ban nhân dân tỉnh',
        note: '',
        decisionNumber: granted ? `${m.year}/QĐ-UBND` : '',
        decisionDate: granted ? `${m.year}-12-28` : null,
        history: [{ at, action: 'propose', note: '', by: 'bench' }],
      };
    });
}

/**
 * A data folder of `spec`, the one generator of the benches: the demo generator's models (real text lengths,
 * links to the previous year; years before `roundYear` evaluated), and a round created by the service with
 * every member's sheet scored, compacted into snapshots as after a day's work.
 */
export async function writeStoreDataset(dataDir: string, spec: StoreDatasetSpec): Promise<void> {
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
  const members: Member[] = Array.from({ length: MEMBERS }, (_, i) => ({
    id: randomUUID(),
    name: `Thành viên ${i + 1}`,
    position: 'Ủy viên Ban Chỉ đạo',
    active: true,
    createdAt: at,
    updatedAt: at,
  }));
  let store = await DataStore.open({ dataDir, clock: () => new Date() });
  await store.updateMain((d) => ({ ...d, catalogues: { ...d.catalogues, units, members } }));
  const rng = seededRandom(7);
  let previous: Model[] = [];
  for (const year of spec.years) {
    const models = generateYearModels({
      year,
      count: spec.perYear,
      individuals: Math.round(spec.perYear * 0.08),
      previous,
      continuedShare: 0.35,
      evaluated: year < spec.roundYear,
      units,
      fields: defaultFields,
      indicators: defaultIndicators,
      communes: units.filter((u) => u.commune).map((u) => u.name),
      rng,
      actor: 'bench',
    });
    await store.updateYear(year, (d) => ({ ...d, models, commendations: commendationsOf(models, at) }));
    previous = models;
  }
  if (spec.roundSize === 0) return store.close();
  const candidates = (await store.yearData(spec.roundYear)).models
    .filter((m) => m.status === 'registered' || m.status === 'in_progress')
    .slice(0, spec.roundSize)
    .map((m) => m.id);
  await store.close();

  const backend = await createBackend(backendOptions(dataDir));
  const round = await call<Round>(backend, 'rounds.create', {
    year: spec.roundYear,
    name: `Tổng kết năm ${spec.roundYear}`,
    date: `${spec.roundYear}-12-20`,
    memberIds: members.map((m) => m.id),
    thresholds: { exemplary: 90, recognised: 70 },
    dropExtremes: true,
    modelIds: candidates,
  });
  await backend.close();

  store = await DataStore.open({ dataDir, clock: () => new Date() });
  await store.transact(async (tx) => {
    const data = await tx.year(spec.roundYear);
    const kinds = new Map(data.models.map((m) => [m.id, m.kind]));
    const sheets = round.modelIds.flatMap((modelId) =>
      members.map((member): Sheet => ({
        id: randomUUID(),
        createdAt: at,
        updatedAt: at,
        roundId: round.id,
        memberId: member.id,
        modelId,
        scores: round.rubrics[kinds.get(modelId)!].criteria.map(
          (c) => Math.round(c.maxPoints * rng() * 2) / 2,
        ),
        total: null,
      })),
    );
    tx.setYear(spec.roundYear, { ...data, sheets: [...data.sheets, ...sheets] });
  });
  await store.close();
}
