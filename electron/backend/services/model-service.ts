import type { ModelLink, ModelRow } from '../../../shared/contract/models';
import {
  changeStatus,
  continueModels,
  continueYears,
  destroyModel,
  editModel,
  modelNotFound,
  registerModel,
  restoreModel,
  setOutcomes,
  trashModel,
  yearsUpTo,
} from '../../../shared/domain/commands/models';
import type { Model, ModelRef } from '../../../shared/domain/model';
import { modelMatcher } from '../../../shared/domain/model-filter';
import { searchMatcher } from '../../../shared/domain/model-search';
import { vietnameseCollator } from '../../../shared/text/collate';
import { foldForSearch } from '../../../shared/text/fold';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';
import type { ModelIndex } from './model-index';

type ModelChannels =
  | 'models.list'
  | 'models.trashList'
  | 'models.get'
  | 'models.create'
  | 'models.update'
  | 'models.changeStatus'
  | 'models.setOutcomes'
  | 'models.continue'
  | 'models.trash'
  | 'models.restore'
  | 'models.destroy';

export interface ModelServiceDeps {
  store: DataStore;
  index: ModelIndex;
  commands: CommandRunner;
  /** Called after a model is destroyed for good, to remove what it kept outside the year file. */
  onDestroyed: (ref: ModelRef) => Promise<void>;
}

/** One list row; spelled out, so a province's 25,000 rows are made in one object shape each. */
export function toRow(m: Pick<Model, keyof ModelRow>): ModelRow {
  const row: ModelRow = {
    id: m.id,
    year: m.year,
    title: m.title,
    kind: m.kind,
    unitId: m.unitId,
    fieldId: m.fieldId,
    commune: m.commune,
    hamlet: m.hamlet,
    status: m.status,
    registration: m.registration,
    personName: m.personName,
    updatedAt: m.updatedAt,
    deletedAt: m.deletedAt,
  };
  if (m.origin !== undefined) row.origin = m.origin;
  return row;
}

/** The offices the models came from ("Đơn vị gửi"), each once, in Vietnamese order. */
function originsOf(models: readonly Pick<Model, 'origin'>[]): string[] {
  const origins = new Set<string>();
  for (const m of models) if (m.origin) origins.add(m.origin);
  return [...origins].sort(vietnameseCollator.compare);
}

const link = (m: Pick<Model, 'year' | 'id' | 'title'>): ModelLink => ({
  year: m.year,
  id: m.id,
  title: m.title,
});

export function modelService({
  store,
  index,
  commands,
  onDestroyed,
}: ModelServiceDeps): HandlersFor<ModelChannels> {
  const one = (ref: ModelRef) => [ref.year];
  return {
    'models.list': async (filter) => {
      const matches = modelMatcher(filter, store.mainData.catalogues.units);
      const found = searchMatcher(foldForSearch(filter.search ?? ''));
      const unitText = index.unitSearchText();
      // One pass over a province's 25,000 index rows, whose search text is already folded: list rows are made
      // for the models found only.
      const rows: ModelRow[] = [];
      const origins = new Set<string>();
      let total = 0;
      for (const ofYear of await index.rowsByYear(filter.year)) {
        for (const m of ofYear) {
          if (m.deletedAt !== null) continue;
          total++;
          if (m.origin) origins.add(m.origin);
          if (
            matches(m) &&
            (!filter.origin || m.origin === filter.origin) &&
            found(m.search, unitText.get(m.unitId) ?? '')
          )
            rows.push(toRow(m));
        }
      }
      return { rows, total, origins: [...origins].sort(vietnameseCollator.compare) };
    },

    'models.trashList': async () => {
      const rows = (await index.rows(null)).filter((m) => m.deletedAt !== null).map(toRow);
      return { rows, total: rows.length, origins: originsOf(rows) };
    },

    'models.get': async (ref) => {
      const model = (await index.models(ref.year)).find((m) => m.id === ref.id);
      if (!model) throw modelNotFound();
      // The links come from the year index: a model's page never reads every full year file.
      const all = await index.rows(null);
      const byId = (id: string | null) => (id ? all.find((m) => m.id === id) : undefined);
      const live = all.filter((m) => m.deletedAt === null);
      return {
        model,
        links: {
          continuedFrom: byId(model.previousId) ? link(byId(model.previousId)!) : null,
          continuedAs: live.filter((m) => m.previousId === model.id).map(link),
          replicates: byId(model.replicatesId) ? link(byId(model.replicatesId)!) : null,
          replicatedBy: live.filter((m) => m.replicatesId === model.id).map(link),
        },
      };
    },

    'models.create': (form) =>
      commands.run(
        { full: [form.year], ids: (stored) => yearsUpTo({ years: stored }, form.year) },
        (state, ctx) => registerModel(state, form, ctx),
      ),

    'models.update': (input) =>
      commands.run(
        {
          full: [...new Set([input.ref.year, input.form.year])],
          ids: (stored) => yearsUpTo({ years: stored }, input.form.year),
        },
        (state, ctx) => editModel(state, input, ctx),
      ),

    'models.changeStatus': (input) =>
      commands.run(one(input.ref), (state, ctx) => changeStatus(state, input, ctx)),

    'models.setOutcomes': (input) =>
      commands.run(one(input.ref), (state, ctx) => setOutcomes(state, input, ctx)),

    'models.continue': (input) =>
      commands.run(continueYears(input.refs), (state, ctx) => continueModels(state, input, ctx)),

    'models.trash': (ref) => commands.run(one(ref), (state, ctx) => trashModel(state, ref, ctx)),

    'models.restore': (ref) => commands.run(one(ref), (state, ctx) => restoreModel(state, ref, ctx)),

    'models.destroy': async (ref) => {
      const result = await commands.run(one(ref), (state) => destroyModel(state, ref));
      await onDestroyed(ref);
      return result;
    },
  };
}
