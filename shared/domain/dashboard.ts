import { z } from 'zod';
import { unitTypes, type Catalogues } from './catalogues';
import type { CommendationStatus } from './commendation';
import { isRecognised as recognisedStatus, modelStatuses, statusLabels, type ModelStatus } from './lifecycle';
import { modelKinds, registrationTypes, type Model, type ModelKind, type RegistrationType } from './model';
import { modelMatcher } from './model-filter';
import { yearSchema } from './office-settings';
import { idSchema } from './record';
import { classifications, type Classification } from './scoring';
import { vietnameseCollator } from '../text/collate';
import { runSteps } from './steps';

/** What the dashboard reads of a model: the list columns and the outcomes. */
export type DashboardModel = Pick<
  Model,
  'id' | 'year' | 'fieldId' | 'kind' | 'unitId' | 'status' | 'registration' | 'deletedAt'
> & {
  outcomes?: Model['outcomes'];
};

/** "Tổng quan": one year, optionally narrowed to a field, a type of unit or a kind. */
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
  /** The results of the round's models (any of them; those not live in the year are left out). */
  results: readonly { modelId: string; average: number | null; classification: Classification | null }[];
}

const BINS = 100 / HISTOGRAM_STEP;
const binOf = (average: number) => Math.min(BINS - 1, Math.floor(average / HISTOGRAM_STEP));

/**
 * What "Tổng quan" needs of one year, grouped by what its filter narrows on (field, unit, kind): every
 * figure and chart for any filter comes from these sums, so they are kept in the year index and the first
 * screen never reads a full year file. Only live models count. Ids are listed once and groups point into
 * the lists, so a province year's facts stay small to read.
 */
export interface YearFacts {
  year: number;
  /** The year's latest finalised round, whose results the groups count. */
  latestRound: { id: string; name: string; date: string } | null;
  fields: string[];
  units: string[];
  indicators: string[];
  groups: FactGroup[];
}

export interface FactGroup {
  /** Positions in the year's `fields` and `units`. */
  field: number;
  unit: number;
  kind: ModelKind;
  /** Live models per status and registration type: `modelStatuses` × `registrationTypes`, in that order. */
  counts: number[];
  /** Outcome totals per indicator of `indicators`; null where none of the group's models reported it. */
  outcomes?: (number | null)[];
  /** Commendation records of the group's models, and those granted. */
  proposed?: number;
  granted?: number;
  /** The latest round's results among the group's models: per classification, and per histogram bin. */
  classified?: number[];
  histogram?: number[];
}

const countSlot = (status: ModelStatus, registration: RegistrationType) =>
  modelStatuses.indexOf(status) * registrationTypes.length + registrationTypes.indexOf(registration);
const COUNT_SLOTS = modelStatuses.length * registrationTypes.length;

export interface YearRecords {
  year: number;
  /** The year's models, trashed ones included (they are left out here). */
  models: readonly DashboardModel[];
  commendations: readonly { modelId: string; status: CommendationStatus }[];
  latestRound: LatestRoundInput | null;
}

/** The dashboard's sums of one year, from its records. Pure: the same records, the same facts. */
export function yearFacts(records: YearRecords): YearFacts {
  return runSteps(yearFactsSteps(records, Infinity));
}

/**
 * `yearFacts` made a step at a time, pausing after every `slice` models: a caller that yields to other work
 * between steps sums a 25,000-model year without holding everything else meanwhile.
 */
export function* yearFactsSteps(
  { year, models, commendations, latestRound }: YearRecords,
  slice: number,
): Generator<void, YearFacts> {
  const facts: YearFacts = {
    year,
    latestRound: latestRound && { id: latestRound.id, name: latestRound.name, date: latestRound.date },
    fields: [],
    units: [],
    indicators: [],
    groups: [],
  };
  const positions = new Map<string[], Map<string, number>>();
  const position = (list: string[], id: string) => {
    let of = positions.get(list);
    if (!of) positions.set(list, (of = new Map()));
    let at = of.get(id);
    if (at === undefined) {
      at = list.push(id) - 1;
      of.set(id, at);
    }
    return at;
  };
  const groups = new Map<string, FactGroup>();
  const groupOf = new Map<string, FactGroup>();
  let counted = 0;
  for (const m of models) {
    if (++counted % slice === 0) yield;
    if (m.deletedAt !== null || m.year !== year) continue;
    const key = `${m.fieldId}|${m.unitId}|${m.kind}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        field: position(facts.fields, m.fieldId),
        unit: position(facts.units, m.unitId),
        kind: m.kind,
        counts: Array.from({ length: COUNT_SLOTS }, () => 0),
      };
      groups.set(key, group);
      facts.groups.push(group);
    }
    group.counts[countSlot(m.status, m.registration)]!++;
    for (const [id, value] of Object.entries(m.outcomes?.values ?? {})) {
      const at = position(facts.indicators, id);
      const outcomes = (group.outcomes ??= []);
      outcomes[at] = (outcomes[at] ?? 0) + value;
    }
    groupOf.set(m.id, group);
  }
  for (const g of facts.groups) {
    if (g.outcomes)
      g.outcomes = Array.from({ length: facts.indicators.length }, (_, i) => g.outcomes![i] ?? null);
  }
  for (const c of commendations) {
    const group = groupOf.get(c.modelId);
    if (!group) continue;
    group.proposed = (group.proposed ?? 0) + 1;
    if (c.status === 'granted') group.granted = (group.granted ?? 0) + 1;
  }
  for (const r of latestRound?.results ?? []) {
    const group = groupOf.get(r.modelId);
    if (!group) continue;
    if (r.classification !== null)
      (group.classified ??= classifications.map(() => 0))[classifications.indexOf(r.classification)]!++;
    if (r.average !== null) (group.histogram ??= Array.from({ length: BINS }, () => 0))[binOf(r.average)]!++;
  }
  return facts;
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isCounts = (v: unknown, length: number) => Array.isArray(v) && v.length === length && v.every(isCount);
const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');

/**
 * Whether `raw` (read from an index file) is a year's facts, checked in full: the index is derived data,
 * and a damaged one is ignored rather than shown. A plain walk: the first screen reads every year's facts.
 */
export function isYearFacts(raw: unknown, year: number): raw is YearFacts {
  if (typeof raw !== 'object' || raw === null) return false;
  const f = raw as Partial<Record<keyof YearFacts, unknown>>;
  const round = f.latestRound as Record<string, unknown> | null | undefined;
  if (
    f.year !== year ||
    !isIds(f.fields) ||
    !isIds(f.units) ||
    !isIds(f.indicators) ||
    !Array.isArray(f.groups) ||
    (round !== null &&
      (typeof round !== 'object' || !['id', 'name', 'date'].every((k) => typeof round[k] === 'string')))
  )
    return false;
  const { fields, units, indicators } = f;
  return f.groups.every((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) return false;
    const g = raw as Partial<Record<keyof FactGroup, unknown>>;
    return (
      isCount(g.field) &&
      g.field < fields.length &&
      isCount(g.unit) &&
      g.unit < units.length &&
      modelKinds.includes(g.kind as ModelKind) &&
      isCounts(g.counts, COUNT_SLOTS) &&
      (g.outcomes === undefined ||
        (Array.isArray(g.outcomes) &&
          g.outcomes.length === indicators.length &&
          g.outcomes.every((v) => v === null || Number.isFinite(v)))) &&
      (g.proposed === undefined || isCount(g.proposed)) &&
      (g.granted === undefined || isCount(g.granted)) &&
      (g.classified === undefined || isCounts(g.classified, classifications.length)) &&
      (g.histogram === undefined || isCounts(g.histogram, BINS))
    );
  });
}

export interface DashboardInput {
  filter: DashboardFilter;
  /** Live (not trashed) models of every year, for the trend; the chosen year's outcomes are summed. */
  models: readonly DashboardModel[];
  catalogues: Catalogues;
  /** The chosen year's commendations. */
  commendations: readonly { modelId: string; status: CommendationStatus }[];
  latestRound: LatestRoundInput | null;
}

/** Every figure and chart of "Tổng quan" from the records themselves (the chosen year's round and commendations). */
export function buildDashboard({
  filter,
  models,
  catalogues,
  commendations,
  latestRound,
}: DashboardInput): Dashboard {
  const years = [...new Set([filter.year, ...models.map((m) => m.year)])];
  const facts = years.map((year) =>
    yearFacts({
      year,
      models,
      commendations: year === filter.year ? commendations : [],
      latestRound: year === filter.year ? latestRound : null,
    }),
  );
  return dashboardFromFacts({ filter, catalogues, years: facts });
}

/** Every figure and chart of "Tổng quan" from each year's facts. Pure: the same facts, the same numbers. */
export function dashboardFromFacts({
  filter,
  catalogues,
  years,
}: {
  filter: DashboardFilter;
  catalogues: Catalogues;
  /** Facts of every stored year, for the trend; the chosen year's for the figures. */
  years: readonly YearFacts[];
}): Dashboard {
  const match = modelMatcher(filter, catalogues.units);
  const matching = (y: YearFacts) =>
    y.groups.filter((g) => match({ fieldId: y.fields[g.field]!, unitId: y.units[g.unit]!, kind: g.kind }));
  const chosen = years.find((y) => y.year === filter.year);
  const groups = chosen ? matching(chosen) : [];
  const fieldOf = (g: FactGroup) => chosen!.fields[g.field]!;
  const unitOf = (g: FactGroup) => chosen!.units[g.unit]!;
  const sum = (of: readonly FactGroup[], value: (g: FactGroup) => number) =>
    of.reduce((n, g) => n + value(g), 0);
  const all = (g: FactGroup) => g.counts.reduce((n, c) => n + c, 0);
  /** The groups' counts added slot by slot, then those of the slots `keep` chooses. */
  const slots = (of: readonly FactGroup[]) => {
    const total = Array.from({ length: COUNT_SLOTS }, () => 0);
    for (const g of of) for (let i = 0; i < COUNT_SLOTS; i++) total[i]! += g.counts[i]!;
    return (keep: (status: ModelStatus, registration: RegistrationType) => boolean) => {
      let n = 0;
      for (const status of modelStatuses)
        for (const registration of registrationTypes)
          if (keep(status, registration)) n += total[countSlot(status, registration)]!;
      return n;
    };
  };
  const sumBy = <K>(key: (g: FactGroup) => K) => {
    const counts = new Map<K, number>();
    for (const g of groups) counts.set(key(g), (counts.get(key(g)) ?? 0) + all(g));
    return counts;
  };

  const perField = sumBy(fieldOf);
  const byField = catalogues.fields
    .filter((f) => f.active || perField.has(f.id))
    .filter((f) => !filter.fieldId || f.id === filter.fieldId)
    .map((f) => ({ id: f.id, name: f.name, count: perField.get(f.id) ?? 0 }));

  const unitName = new Map(catalogues.units.map((u) => [u.id, u.name]));
  const units = [...sumBy(unitOf)]
    .map(([id, n]) => ({ id, name: unitName.get(id) ?? 'Đơn vị không còn trong danh mục', count: n }))
    .sort((a, b) => b.count - a.count || vietnameseCollator.compare(a.name, b.name));
  const rest = units.slice(TOP_UNITS).reduce((n, u) => n + u.count, 0);
  const byUnit = [
    ...units.slice(0, TOP_UNITS),
    ...(rest > 0 ? [{ id: null, name: 'Khác', count: rest }] : []),
  ];

  const totals = new Map<string, number>();
  for (const g of groups) {
    g.outcomes?.forEach((value, i) => {
      const id = chosen!.indicators[i]!;
      if (value !== null) totals.set(id, (totals.get(id) ?? 0) + value);
    });
  }
  const kinds = sumBy((g) => `${fieldOf(g)}|${g.kind}`);

  const yearCounts = (of: readonly FactGroup[]) => {
    const count = slots(of);
    return {
      registered: count(() => true),
      recognised: count((status) => recognisedStatus(status)),
      exemplary: count((status) => status === 'exemplary'),
      new: count((_, registration) => registration === 'new'),
      continued: count((_, registration) => registration === 'continued'),
    };
  };
  const inYear = slots(groups);
  const trend = [...years]
    .sort((a, b) => a.year - b.year)
    .map((y) => ({ year: y.year, ...yearCounts(matching(y)) }))
    .filter((y) => y.registered > 0);

  return {
    year: filter.year,
    figures: {
      ...yearCounts(groups),
      collective: sum(groups, (g) => (g.kind === 'collective' ? all(g) : 0)),
      individual: sum(groups, (g) => (g.kind === 'individual' ? all(g) : 0)),
      proposed: sum(groups, (g) => g.proposed ?? 0),
      granted: sum(groups, (g) => g.granted ?? 0),
    },
    outcomes: catalogues.indicators
      .filter((i) => i.active || totals.has(i.id))
      .map((i) => ({ indicatorId: i.id, name: i.name, measure: i.measure, total: totals.get(i.id) ?? 0 })),
    byField,
    byUnit,
    byStatus: modelStatuses.map((status) => ({
      status,
      label: statusLabels[status],
      count: inYear((s) => s === status),
    })),
    latestRound: chosen?.latestRound
      ? {
          ...chosen.latestRound,
          classifications: classifications.map((classification, c) => ({
            classification,
            count: sum(groups, (g) => g.classified?.[c] ?? 0),
          })),
          histogram: Array.from({ length: BINS }, (_, i) => ({
            from: i * HISTOGRAM_STEP,
            to: (i + 1) * HISTOGRAM_STEP,
            count: sum(groups, (g) => g.histogram?.[i] ?? 0),
          })),
        }
      : null,
    trend,
    kindByField: byField.map((f) => ({
      id: f.id,
      name: f.name,
      collective: kinds.get(`${f.id}|collective`) ?? 0,
      individual: kinds.get(`${f.id}|individual`) ?? 0,
    })),
  };
}
