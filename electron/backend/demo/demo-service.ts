import { AppError } from '../../../shared/contract/errors';
import type { CatalogueSave, Unit } from '../../../shared/domain/catalogues';
import { saveCatalogueItem } from '../../../shared/domain/commands/catalogues';
import { updateSettings } from '../../../shared/domain/commands/settings';
import type { Model } from '../../../shared/domain/model';
import { findSameName } from '../../../shared/text/name-key';
import type { HandlersFor } from '../handlers';
import type { CommandRunner } from '../services/command-runner';
import type { DataStore, Tx } from '../store/data-store';
import { BA_BE_BODIES, BA_BE_COMMUNES, DEMO_MEMBERS, REAL_EXAMPLES_2023 } from './ba-be';
import { evaluateDemoYear } from './demo-rounds';
import { generateYearModels } from './model-generator';
import { seededRandom } from './random';

/** Years of the demo set and how many models each registered (2023: Ba Bể's real 128, 10 by individuals). */
export const DEMO_YEARS = [
  { year: 2021, count: 112, individuals: 8 },
  { year: 2022, count: 120, individuals: 9 },
  { year: 2023, count: 128, individuals: 10 },
] as const;

const demoUnits: CatalogueSave[] = [
  ...BA_BE_COMMUNES.map((name) => ({ name, type: 'Xã, thị trấn' as const, commune: name })),
  ...BA_BE_BODIES.map((b) => ({ ...b, commune: '' })),
].map((item) => ({ kind: 'units', item: { ...item, active: true } }));

const demoMembers: CatalogueSave[] = DEMO_MEMBERS.map(([name, position]) => ({
  kind: 'members',
  item: { name, position, active: true },
}));

/**
 * "Nạp dữ liệu mẫu": Ba Bể's units and three evaluated years, only into a folder with no models yet. It is one
 * transaction made of the same commands the staff use (catalogues, settings, rounds, finalising, commendations),
 * so a save racing it is either before it (and refuses it) or after it, never lost.
 */
export function demoService(store: DataStore, commands: CommandRunner): HandlersFor<'demo.load'> {
  return {
    'demo.load': () => store.transact((tx) => loadDemo(tx, commands), { label: 'demo.load' }),
  };
}

async function loadDemo(tx: Tx, commands: CommandRunner): Promise<{ models: number; years: number[] }> {
  for (const year of await tx.storedYears()) {
    if ((await tx.year(year)).models.length > 0) {
      throw new AppError(
        'CONFLICT',
        'Đã có mô hình trong dữ liệu: chỉ nạp dữ liệu mẫu vào bộ dữ liệu trống.',
      );
    }
  }
  // An office that already named a unit or member the demo uses keeps its own record.
  for (const save of [...demoUnits, ...demoMembers]) {
    if (findSameName(tx.main.catalogues[save.kind], save.item.name)) continue;
    await commands.runIn(tx, [], (state, ctx) => saveCatalogueItem(state, save, ctx));
  }
  const { settings } = tx.main;
  await commands.runIn(tx, [], (state) =>
    updateSettings(state, {
      parentName: settings.parentName || 'HUYỆN ỦY BA BỂ',
      orgName: settings.orgName || 'BAN DÂN VẬN',
      orgSymbol: settings.orgSymbol || 'BDVHU',
      placeName: settings.placeName || 'Ba Bể',
      signerTitle: settings.signerTitle || 'TRƯỞNG BAN',
      signerName: settings.signerName || 'Nguyễn Văn A',
      signingBody: settings.signingBody || 'BAN THƯỜNG VỤ',
      // The demo's newest year, so the list and the dashboard open on it.
      yearInUse: DEMO_YEARS.at(-1)!.year,
    }),
  );

  const { catalogues } = tx.main;
  const rng = seededRandom(2023);
  let previous: readonly Model[] = [];
  let total = 0;
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
      actor: commands.context().actor,
    });
    if (year === 2023) placeRealExamples(models, individuals, catalogues.units, catalogues.fields);
    previous = await evaluateDemoYear(tx, commands, {
      year,
      models,
      memberIds: catalogues.members.map((m) => m.id),
      granted: year < DEMO_YEARS.at(-1)!.year,
      rng,
    });
    total += models.length;
  }
  return { models: total, years: DEMO_YEARS.map((y) => y.year) };
}

/** Gives the first new collective models of 2023 the real examples' names, units and places. */
function placeRealExamples(
  models: Model[],
  individuals: number,
  units: readonly Unit[],
  fields: readonly { id: string; name: string }[],
): void {
  const slots = models.slice(individuals).filter((m) => m.registration === 'new');
  REAL_EXAMPLES_2023.forEach((example, i) => {
    const model = slots[i];
    if (!model) return;
    const unit = units.find((u) => u.name === example.unit)!;
    const field = fields.find((f) => f.name === example.field)!;
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
