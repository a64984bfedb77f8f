import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Catalogues, Member, Unit } from '../../../shared/domain/catalogues';
import type { Model } from '../../../shared/domain/model';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { ModelIndex } from '../services/model-index';
import { BA_BE_BODIES, BA_BE_COMMUNES, DEMO_MEMBERS, REAL_EXAMPLES_2023 } from './ba-be';
import { demoRound } from './demo-rounds';
import { generateYearModels } from './model-generator';
import { seededRandom } from './random';

/** Years of the demo set and how many models each registered (2023: Ba Bể's real 128, 10 by individuals). */
export const DEMO_YEARS = [
  { year: 2021, count: 112, individuals: 8 },
  { year: 2022, count: 120, individuals: 9 },
  { year: 2023, count: 128, individuals: 10 },
] as const;

export function demoUnits(at: string): Unit[] {
  return [
    ...BA_BE_COMMUNES.map((name) => ({ name, type: 'Xã, thị trấn' as const, commune: name })),
    ...BA_BE_BODIES.map((b) => ({ ...b, commune: '' })),
  ].map((u) => ({ ...u, id: randomUUID(), active: true, createdAt: at, updatedAt: at }));
}

/** "Nạp dữ liệu mẫu": Ba Bể's units and three years of models, only into a folder with no models yet. */
export function demoService(
  store: DataStore,
  index: ModelIndex,
  clock: Clock,
  actor: string,
): HandlersFor<'demo.load'> {
  return {
    'demo.load': async () => {
      if ((await index.models(null)).length > 0) {
        throw new AppError(
          'CONFLICT',
          'Đã có mô hình trong dữ liệu: chỉ nạp dữ liệu mẫu vào bộ dữ liệu trống.',
        );
      }
      const at = clock().toISOString();
      const main = store.mainData;
      const catalogues: Catalogues = {
        ...main.catalogues,
        units: [...main.catalogues.units, ...demoUnits(at)],
        members: [
          ...main.catalogues.members,
          ...DEMO_MEMBERS.map(([name, position]): Member => ({
            id: randomUUID(),
            name,
            position,
            active: true,
            createdAt: at,
            updatedAt: at,
          })),
        ],
      };
      const rng = seededRandom(2023);
      let previous: Model[] = [];
      const years: number[] = [];
      let total = 0;
      await store.updateMain((data) => ({
        ...data,
        catalogues,
        settings: {
          ...data.settings,
          parentName: data.settings.parentName || 'HUYỆN ỦY BA BỂ',
          orgName: data.settings.orgName || 'BAN DÂN VẬN',
          orgSymbol: data.settings.orgSymbol || 'BDVHU',
          placeName: data.settings.placeName || 'Ba Bể',
          signerTitle: data.settings.signerTitle || 'TRƯỞNG BAN',
          signerName: data.settings.signerName || 'Nguyễn Văn A',
          signingBody: data.settings.signingBody || 'BAN THƯỜNG VỤ',
          // The demo's newest year, so the list and the dashboard open on it.
          yearInUse: DEMO_YEARS.at(-1)!.year,
        },
      }));
      for (const { year, count, individuals } of DEMO_YEARS) {
        const models = generateYearModels({
          year,
          count,
          individuals,
          previous,
          continuedShare: 0.35,
          evaluated: true,
          units: catalogues.units,
          fields: catalogues.fields.filter((f) => f.active),
          indicators: catalogues.indicators,
          communes: BA_BE_COMMUNES,
          rng,
          actor,
        });
        if (year === 2023) placeRealExamples(models, individuals, catalogues);
        const rubrics = store.mainData.rubrics;
        const evaluation = demoRound({
          year,
          models,
          memberIds: catalogues.members.map((m) => m.id),
          rubrics: {
            collective: rubrics.find((r) => r.kind === 'collective')!,
            individual: rubrics.find((r) => r.kind === 'individual')!,
          },
          granted: year < DEMO_YEARS.at(-1)!.year,
          rng,
          actor,
        });
        await store.updateYear(year, (data) => ({
          ...data,
          models: [...data.models, ...evaluation.models],
          rounds: [...data.rounds, evaluation.round],
          sheets: [...data.sheets, ...evaluation.sheets],
          commendations: [...data.commendations, ...evaluation.commendations],
        }));
        previous = evaluation.models;
        years.push(year);
        total += models.length;
      }
      return { models: total, years };
    },
  };
}

/** Gives the first new collective models of 2023 the real examples' names, units and places. */
function placeRealExamples(models: Model[], individuals: number, catalogues: Catalogues): void {
  const slots = models.slice(individuals).filter((m) => m.registration === 'new');
  REAL_EXAMPLES_2023.forEach((example, i) => {
    const model = slots[i];
    if (!model) return;
    const unit = catalogues.units.find((u) => u.name === example.unit)!;
    const field = catalogues.fields.find((f) => f.name === example.field)!;
    Object.assign(model, {
      title: example.title,
      unitId: unit.id,
      fieldId: field.id,
      commune: example.commune,
      hamlet: example.hamlet,
      forces: `Chủ trì: ${unit.name}; phối hợp: Mặt trận Tổ quốc và các đoàn thể`,
    });
  });
}
