import { z } from 'zod';
import { unitTypes, type Catalogues } from './catalogues';
import type { CommendationStatus } from './commendation';
import { isRecognised as recognisedStatus, modelStatuses, statusLabels } from './lifecycle';
import { modelKinds, type Model } from './model';
import { modelMatcher } from './model-filter';
import { yearSchema } from './office-settings';
import { idSchema } from './record';
import { classifications, type Classification } from './scoring';
import { vietnameseCollator } from '../text/collate';

/** "Tổng quan": one year, optionally narrowed to a field, a type of unit or a kind. */
/** What the dashboard reads of a model: the list columns, and for the chosen year the outcomes too. */
export type DashboardModel = Pick<
  Model,
  'id' | 'year' | 'fieldId' | 'kind' | 'unitId' | 'status' | 'registration'
> & {
  outcomes?: Model['outcomes'];
};

export const dashboardFilterSchema = z
  .object({
    year: yearSchema,
    fieldId: idSchema.optional(),
    unitType: z.enum(unitTypes, { error: 'Loại đơn vị không hợp lệ.' }).optional(),
    kind: z.enum(modelKinds).optional(),
  })
  .strict();
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

export const TOP_UNITS = 15;
/** Bars of the histogram of averages: [0, 10), [10, 20) … [90, 100]. */
export const HISTOGRAM_STEP = 10;

/**
 * A histogram bin as the office writes it: "60–69 điểm" (averages from 60 up to below 70); the last holds
 * 100 itself, "90–100 điểm".
 */
export const histogramBinLabel = (bin: { from: number; to: number }): string =>
  `${bin.from}–${bin.to >= 100 ? 100 : bin.to - 1} điểm`;

const count = z.number().int().nonnegative();

export const dashboardSchema = z.object({
  year: z.number(),
  figures: z.object({
    registered: count,
    new: count,
    continued: count,
    collective: count,
    individual: count,
    /** Recognised, exemplary included: an exemplary model was recognised first. */
    recognised: count,
    exemplary: count,
    proposed: count,
    granted: count,
  }),
  outcomes: z.array(
    z.object({ indicatorId: z.string(), name: z.string(), measure: z.string(), total: z.number() }),
  ),
  byField: z.array(z.object({ id: z.string(), name: z.string(), count })),
  /** The top units, then "Khác" (id null) for the rest. */
  byUnit: z.array(z.object({ id: z.string().nullable(), name: z.string(), count })),
  byStatus: z.array(z.object({ status: z.enum(modelStatuses), label: z.string(), count })),
  latestRound: z
    .object({
      id: z.string(),
      name: z.string(),
      date: z.string(),
      classifications: z.array(z.object({ classification: z.enum(classifications), count })),
      histogram: z.array(z.object({ from: z.number(), to: z.number(), count })),
    })
    .nullable(),
  trend: z.array(
    z.object({
      year: z.number(),
      registered: count,
      recognised: count,
      exemplary: count,
      new: count,
      continued: count,
    }),
  ),
  kindByField: z.array(z.object({ id: z.string(), name: z.string(), collective: count, individual: count })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export interface LatestRoundInput {
  id: string;
  name: string;
  date: string;
  /** The results of the round's models that pass the filter. */
  results: readonly { modelId: string; average: number | null; classification: Classification | null }[];
}

export interface DashboardInput {
  filter: DashboardFilter;
  /**
   * Live (not trashed) models of every year, for the trend; the year's figures use those of `filter.year`,
   * which come whole (their outcomes are summed). Other years need only their list columns.
   */
  models: readonly DashboardModel[];
  catalogues: Catalogues;
  /** The chosen year's commendations. */
  commendations: readonly { modelId: string; status: CommendationStatus }[];
  latestRound: LatestRoundInput | null;
}

/** Keeps the models the filter asks for (any year). */
export function dashboardModels<M extends DashboardModel>(
  models: readonly M[],
  filter: DashboardFilter,
  catalogues: Catalogues,
): M[] {
  // The year is the dashboard's own choice: every year's models feed its trends.
  return models.filter(modelMatcher(filter, catalogues.units));
}

/** Every figure and chart of "Tổng quan", from the store's records. Pure: the same input, the same numbers. */
export function buildDashboard({
  filter,
  models,
  catalogues,
  commendations,
  latestRound,
}: DashboardInput): Dashboard {
  const all = dashboardModels(models, filter, catalogues);
  const year = all.filter((m) => m.year === filter.year);
  const inYear = new Set(year.map((m) => m.id));
  const countBy = <K>(items: readonly DashboardModel[], key: (m: DashboardModel) => K) => {
    const counts = new Map<K, number>();
    for (const m of items) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
    return counts;
  };

  const fields = catalogues.fields.filter((f) => f.active || year.some((m) => m.fieldId === f.id));
  const perField = countBy(year, (m) => m.fieldId);
  const byField = fields
    .filter((f) => !filter.fieldId || f.id === filter.fieldId)
    .map((f) => ({ id: f.id, name: f.name, count: perField.get(f.id) ?? 0 }));

  const unitName = new Map(catalogues.units.map((u) => [u.id, u.name]));
  const units = [...countBy(year, (m) => m.unitId)]
    .map(([id, n]) => ({ id, name: unitName.get(id) ?? 'Đơn vị không còn trong danh mục', count: n }))
    .sort((a, b) => b.count - a.count || vietnameseCollator.compare(a.name, b.name));
  const rest = units.slice(TOP_UNITS).reduce((n, u) => n + u.count, 0);
  const byUnit = [
    ...units.slice(0, TOP_UNITS),
    ...(rest > 0 ? [{ id: null, name: 'Khác', count: rest }] : []),
  ];

  const perStatus = countBy(year, (m) => m.status);
  const commended = commendations.filter((c) => inYear.has(c.modelId));
  const totals = new Map<string, number>();
  for (const m of year) {
    for (const [id, value] of Object.entries(m.outcomes?.values ?? {}))
      totals.set(id, (totals.get(id) ?? 0) + value);
  }

  const years = [...new Set(all.map((m) => m.year))].sort((a, b) => a - b);
  const kinds = countBy(year, (m) => `${m.fieldId}|${m.kind}`);

  return {
    year: filter.year,
    figures: {
      registered: year.length,
      new: year.filter((m) => m.registration === 'new').length,
      continued: year.filter((m) => m.registration === 'continued').length,
      collective: year.filter((m) => m.kind === 'collective').length,
      individual: year.filter((m) => m.kind === 'individual').length,
      recognised: year.filter((m) => recognisedStatus(m.status)).length,
      exemplary: perStatus.get('exemplary') ?? 0,
      proposed: commended.length,
      granted: commended.filter((c) => c.status === 'granted').length,
    },
    outcomes: catalogues.indicators
      .filter((i) => i.active || totals.has(i.id))
      .map((i) => ({ indicatorId: i.id, name: i.name, measure: i.measure, total: totals.get(i.id) ?? 0 })),
    byField,
    byUnit,
    byStatus: modelStatuses.map((status) => ({
      status,
      label: statusLabels[status],
      count: perStatus.get(status) ?? 0,
    })),
    latestRound: latestRound && roundSummary(latestRound, inYear),
    trend: years.map((y) => {
      const of = all.filter((m) => m.year === y);
      return {
        year: y,
        registered: of.length,
        recognised: of.filter((m) => recognisedStatus(m.status)).length,
        exemplary: of.filter((m) => m.status === 'exemplary').length,
        new: of.filter((m) => m.registration === 'new').length,
        continued: of.filter((m) => m.registration === 'continued').length,
      };
    }),
    kindByField: byField.map((f) => ({
      id: f.id,
      name: f.name,
      collective: kinds.get(`${f.id}|collective`) ?? 0,
      individual: kinds.get(`${f.id}|individual`) ?? 0,
    })),
  };
}

function roundSummary(
  round: LatestRoundInput,
  inYear: ReadonlySet<string>,
): NonNullable<Dashboard['latestRound']> {
  const results = round.results.filter((r) => inYear.has(r.modelId));
  const bins = Array.from({ length: 100 / HISTOGRAM_STEP }, (_, i) => ({
    from: i * HISTOGRAM_STEP,
    to: (i + 1) * HISTOGRAM_STEP,
    count: 0,
  }));
  for (const r of results) {
    if (r.average === null) continue;
    bins[Math.min(bins.length - 1, Math.floor(r.average / HISTOGRAM_STEP))]!.count++;
  }
  return {
    id: round.id,
    name: round.name,
    date: round.date,
    classifications: classifications.map((classification) => ({
      classification,
      count: results.filter((r) => r.classification === classification).length,
    })),
    histogram: bins,
  };
}
