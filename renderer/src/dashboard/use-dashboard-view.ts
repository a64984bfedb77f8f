import { useMemo } from 'react';
import type { DashboardFilter } from '../../../shared/domain/dashboard';
import { useCatalogues } from '../api/queries/catalogues';
import { useDashboard } from '../api/queries/dashboard';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { dashboardCharts } from './charts';
import { figureGroups } from './figures';
import { narrowingText } from './filter';
import { fieldLooks } from './palette';

/** The dashboard of a filter, turned into figures and charts: the page and its printout show the same. */
export function useDashboardView(filter: DashboardFilter, enabled: boolean) {
  const query = useDashboard(filter, enabled);
  const catalogues = useCatalogues();
  const { fieldName } = useCatalogueNames();
  const looks = useMemo(() => fieldLooks(catalogues.data?.fields ?? []), [catalogues.data]);
  const narrowing = narrowingText(filter, fieldName);
  const { data } = query;
  const charts = useMemo(
    () => (data ? dashboardCharts({ dashboard: data, filter, fieldLooks: looks, narrowing }) : []),
    [data, filter, looks, narrowing],
  );
  const figures = useMemo(() => (data ? figureGroups(data, filter) : []), [data, filter]);
  return { query, charts, figures, narrowing };
}
