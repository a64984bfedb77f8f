import { send, type Arrival } from './wire';

/**
 * The page's first script (`index.html`): on "Tổng quan" it sends the reads the first screen waits for (the
 * settings, the catalogues, and the figures of the year in use) while the app's code is still arriving and
 * compiling, instead of once it has run; the app takes them over (`startFirstScreen`).
 */
export interface FirstRequests {
  settings: Promise<Arrival>;
  catalogues: Promise<Arrival>;
  /**
   * Sent without a year (the year in use's), and only from the bare address: one with filters
   * (`#/?nam=2023`) needs the app's code to read them, and asks for its figures after the settings.
   */
  dashboard: Promise<Arrival> | null;
  /** The address's filters, as written after "?". */
  query: string;
}

const [path = '', query = ''] = window.location.hash.replace(/^#/, '').split('?');

/** Null on any other address (a bookmark, a reload on another page): that page asks for what it needs. */
export const firstRequests: FirstRequests | null =
  path === '' || path === '/'
    ? {
        settings: send('settings.get', undefined),
        catalogues: send('catalogues.get', undefined),
        dashboard: query === '' ? send('dashboard.get', {}) : null,
        query,
      }
    : null;
