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
      // One pass over the folded search text of a province's 25,000 index rows: rows are made (and read from
      // the index file) for the models found only.
      const rows: ModelRow[] = [];
      const texts: string[] = [];
      const origins = new Set<string>();
      let total = 0;
      for (const ofYear of await index.years(filter.year)) {
        const { search, trashed } = ofYear;
        total += ofYear.size - trashed.size;
        for (const origin of ofYear.origins) origins.add(origin);
        for (let i = 0; i < search.length; i++) {
          if (trashed.has(i) || !found(search[i]!, unitText.get(ofYear.unitId(i)) ?? '')) continue;
          const m = ofYear.row(i);
          if (matches(m) && (!filter.origin || m.origin === filter.origin)) {
            rows.push(toRow(m));
            texts.push(search[i]!);
          }
        }
      }
      return { rows, search: texts, total, origins: [...origins].sort(vietnameseCollator.compare) };
    },

    'models.trashList': async () => {
      const trashed = (await index.years(null)).flatMap((ofYear) =>
        [...ofYear.trashed].sort((a, b) => a - b).map((i) => ({ ofYear, i })),
      );
      const rows = trashed.map(({ ofYear, i }) => toRow(ofYear.row(i)));
      const search = trashed.map(({ ofYear, i }) => ofYear.search[i]!);
      return { rows, search, total: rows.length, origins: originsOf(rows) };
    },

    'models.get': async (ref) => {
      const model = await store.yearModel(ref.year, ref.id);
      if (!model) throw modelNotFound();
      // The links come from the year index: a model's page never reads every full year file, nor every row.
      const years = await index.years(null);
      const byId = (id: string | null): ModelLink | null => {
        for (const ofYear of id ? years : []) {
          const i = ofYear.links().id.indexOf(id!);
          if (i >= 0) return link(ofYear.row(i));
        }
        return null;
      };
      const linking = (column: 'previousId' | 'replicatesId') =>
        years.flatMap((ofYear) => {
          const found: ModelLink[] = [];
          ofYear.links()[column].forEach((to, i) => {
            if (to === model.id && !ofYear.trashed.has(i)) found.push(link(ofYear.row(i)));
          });
          return found;
        });
      return {
        model,
        links: {
          continuedFrom: byId(model.previousId),
          continuedAs: linking('previousId'),
          replicates: byId(model.replicatesId),
          replicatedBy: linking('replicatesId'),
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
