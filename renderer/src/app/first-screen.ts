import type { QueryClient } from '@tanstack/react-query';
import { callEarly, takeEarly } from '../api/client';
import { firstRequests } from '../api/first-requests';
import { queryKeys } from '../api/query-keys';
import { readDashboardFilter } from '../dashboard/filter';

/**
 * "Tổng quan" is the first screen: the page's first script has sent the settings, the catalogues and its
 * figures (`first-requests.ts`) while the app's code arrived; they are taken over here, and its code is
 * asked for. Resolves once that code is here, with the answers that have arrived by then in `queries`: the
 * first render draws the page and its figures, rather than a loading frame, then the settings, then the
 * figures, each a render (and a layout) of its own. Another address loads as before.
 */
export async function startFirstScreen(
  loadDashboard: () => Promise<unknown>,
  queries: QueryClient,
): Promise<void> {
  if (!firstRequests) return;
  const code = loadDashboard();
  const sent = firstRequests;
  const catalogues = takeEarly('catalogues.get', undefined, sent.catalogues);
  const settings = takeEarly('settings.get', undefined, sent.settings);
  const dashboard = settings.then((answer) => {
    const filter = readDashboardFilter(new URLSearchParams(sent.query), answer.yearInUse);
    // The figures were sent without a year: the year in use's, unless the settings changed in between.
    const figures = sent.dashboard
      ? takeEarly('dashboard.get', filter, sent.dashboard, (answered) => answered.year === filter.year)
      : callEarly('dashboard.get', filter);
    return figures.then((data) => ({ filter, data }));
  });
  // Its refusal reaches the page through the page's own query; until `arrived` below listens (after the code
  // has loaded), it would be reported to the log as an uncaught rejection.
  dashboard.catch(() => undefined);
  // Code that fails to load fails where the page is drawn, in its error boundary, not before the frame.
  await code.catch(() => undefined);
  // What has arrived by now, and nothing more: a slow backend's answers come to the page's own queries later.
  const arrived = <T>(answer: Promise<T>) =>
    Promise.race([answer, new Promise<undefined>((resolve) => setTimeout(resolve))]).catch(() => undefined);
  const [settingsData, cataloguesData, figuresData] = await Promise.all([
    arrived(settings),
    arrived(catalogues),
    arrived(dashboard),
  ]);
  if (settingsData) queries.setQueryData(queryKeys.settings, settingsData);
  if (cataloguesData) queries.setQueryData(queryKeys.catalogues, cataloguesData);
  if (figuresData) queries.setQueryData(queryKeys.dashboard(figuresData.filter), figuresData.data);
}
