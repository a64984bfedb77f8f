import type { ModelFilter } from '../../../shared/contract/models';
import type { DashboardFilter } from '../../../shared/domain/dashboard';

/** What a figure or a chart element opens: the list's filter, or null when the list cannot show it exactly. */
export type ListTarget = Omit<ModelFilter, 'search'> | null;

/** The list behind a number of the dashboard: the dashboard's own filter plus what the number counts. */
export function listTarget(
  filter: DashboardFilter,
  narrower: Omit<ModelFilter, 'year' | 'search'> & { year?: number },
): ListTarget {
  return {
    year: filter.year,
    ...(filter.fieldId && { fieldId: filter.fieldId }),
    ...(filter.unitType && { unitType: filter.unitType }),
    ...(filter.kind && { kind: filter.kind }),
    ...narrower,
  };
}
