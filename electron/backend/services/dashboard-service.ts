import {
  buildDashboard,
  type Dashboard,
  type DashboardFilter,
  type LatestRoundInput,
} from '../../../shared/domain/dashboard';
import { roundResults } from '../../../shared/domain/scoring';
import type { HandlersFor } from '../handlers';
import type { YearData } from '../store/data-files';
import type { DataStore } from '../store/data-store';
import type { ModelIndex } from './model-index';
import { roundModels } from '../../../shared/domain/commands/rounds';

/** "Tổng quan": gathers the records and hands them to the pure aggregation in shared/. */
export function dashboardService(store: DataStore, index: ModelIndex): HandlersFor<'dashboard.get'> {
  return { 'dashboard.get': (filter) => loadDashboard(store, index, filter) };
}

/** "Tổng quan" from the stored records; the yearly report takes its figures from here too. */
export async function loadDashboard(
  store: DataStore,
  index: ModelIndex,
  filter: DashboardFilter,
): Promise<Dashboard> {
  const data = await store.yearData(filter.year);
  // The chosen year in full (its outcomes are summed); the other years' trend from the year index.
  const others = (await index.rows(null)).filter((m) => m.year !== filter.year);
  const models = [...data.models, ...others].filter((m) => m.deletedAt === null);
  return buildDashboard({
    filter,
    models,
    catalogues: store.mainData.catalogues,
    commendations: data.commendations,
    latestRound: latestFinalisedRound(data),
  });
}

/** The year's most recent finalised round (by its date), with its results. */
function latestFinalisedRound(data: YearData): LatestRoundInput | null {
  const round = data.rounds
    .filter((r) => r.status === 'finalised')
    .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!round) return null;
  const results = roundResults(round, roundModels(round, data), data.sheets).models;
  return { id: round.id, name: round.name, date: round.date, results };
}
