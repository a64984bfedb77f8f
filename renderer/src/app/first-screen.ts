import { callEarly } from '../api/client';
import { readDashboardFilter } from '../dashboard/filter';

/**
 * "Tổng quan" is the first screen: its code, the settings, the catalogues and its figures are asked for as
 * the app starts, alongside drawing the frame, instead of one after another once the frame is drawn and the
 * page's code has arrived. Another address (a bookmark, a reload on another page) loads as before.
 */
export function startFirstScreen(loadDashboard: () => Promise<unknown>): void {
  const [path = '', query = ''] = window.location.hash.replace(/^#/, '').split('?');
  if (path !== '' && path !== '/') return;
  void loadDashboard();
  void callEarly('catalogues.get');
  callEarly('settings.get').then(
    (settings) =>
      void callEarly('dashboard.get', readDashboardFilter(new URLSearchParams(query), settings.yearInUse)),
    () => undefined,
  );
}
