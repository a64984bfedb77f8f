import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardFilter } from '../../../../shared/domain/dashboard';
import { call } from '../client';
import { queryKeys } from '../query-keys';

/**
 * "Tổng quan" for one filter. Models, rounds and commendations all move its numbers, so rather than every
 * area invalidating it, it keeps the default staleness: each visit to the page asks the backend again.
 */
export function useDashboard(filter: DashboardFilter, enabled = true) {
  return useQuery({
    queryKey: queryKeys.dashboard(filter),
    queryFn: () => call('dashboard.get', filter),
    // Changing a filter keeps the charts on screen until the new numbers arrive, instead of flashing empty.
    placeholderData: keepPreviousData,
    enabled,
  });
}
