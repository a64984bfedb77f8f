/**
 * Run as a fresh process by the store bench (bundled, as the app ships): the first-time costs a user meets
 * after starting the app on a data folder. Prints one JSON line of milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { createBackend } from '../electron/backend/backend';
import type { ModelList } from '../shared/contract/models';
import { backendOptions, call } from './store-dataset';

async function main(dataDir: string, year: number, pauseMs: number): Promise<void> {
  const started = performance.now(); // since the process started: Node's own boot is included
  const backend = await createBackend(backendOptions(dataDir));
  const opened = performance.now();
  await call(backend, 'dashboard.get', { year });
  // The clerk looks at Tổng quan before searching: with a pause, the search comes that long after it.
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const dashboard = performance.now();
  const found = await call<ModelList>(backend, 'models.list', { year: null, search: 'duong giao thong' });
  const search = performance.now();
  const older = found.rows.find((r) => r.year < year) ?? found.rows[0]!;
  await call(backend, 'models.get', { year: older.year, id: older.id });
  const page = performance.now();
  // The page's commendation card asks once the model is drawn.
  await call(backend, 'commendations.ofModel', { year: older.year, id: older.id });
  const card = performance.now();
  console.log(
    JSON.stringify({
      boot: started,
      open: opened - started,
      toDashboard: dashboard,
      search: search - dashboard,
      modelPage: page - search,
      card: card - page,
    }),
  );
  await backend.close();
}

void main(process.argv[2]!, Number(process.argv[3]), Number(process.argv[4] ?? 0));
