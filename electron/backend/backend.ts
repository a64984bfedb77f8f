import type { Envelope } from '../../shared/contract/errors';
import type { Clock } from './clock';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';
import { settingsService } from './services/settings-service';
import { storageService } from './services/storage-service';
import { DataStore } from './store/data-store';

export interface BackendOptions {
  dataDir: string;
  clock: Clock;
  version: string;
  transport: 'electron' | 'http';
}

export interface Backend {
  handle(channel: string, input: unknown): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

/** Composes the services over one data folder. Knows nothing of Electron or HTTP. */
export async function createBackend({
  dataDir,
  clock,
  version,
  transport,
}: BackendOptions): Promise<Backend> {
  const store = await DataStore.open({ dataDir, clock });
  const handlers: Handlers = {
    'app.info': () => ({ version, transport, dataDir }),
    ...settingsService(store),
    ...storageService(store),
  };
  return {
    handle: (channel, input) => dispatch(handlers, channel, input),
    close: () => store.close(),
  };
}
