import { dashboardFromFacts, type Dashboard, type DashboardFilter } from '../../../shared/domain/dashboard';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';

/** "Tổng quan": each year's sums from the store, handed to the pure aggregation in shared/. */
export function dashboardService(store: DataStore): HandlersFor<'dashboard.get'> {
  return {
    'dashboard.get': ({ year = store.mainData.settings.yearInUse, ...narrowing }) =>
      loadDashboard(store, { year, ...narrowing }),
  };
}

/**
 * "Tổng quan" from the stored records; the yearly report takes its figures from here too. Every year comes
 * from its index (or its data when loaded), so no full year file is read for it.
 */
export async function loadDashboard(store: DataStore, filter: DashboardFilter): Promise<Dashboard> {
  const years = await store.storedYears();
  return dashboardFromFacts({
    filter,
    catalogues: store.mainData.catalogues,
    years: await Promise.all(years.map((year) => store.yearFacts(year))),
  });
}
