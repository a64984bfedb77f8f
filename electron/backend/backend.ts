import type { Envelope } from '../../shared/contract/errors';
import type { Clock } from './clock';
import { demoService } from './demo/demo-service';
import { dispatch } from './dispatch';
import { browserFileService } from './documents/browser-file-service';
import { documentsService } from './documents/documents-service';
import type { Handlers } from './handlers';
import { attachmentService, removeModelAttachments } from './services/attachment-service';
import { catalogueService } from './services/catalogue-service';
import { browserPrintService } from './services/print-service';
import { dashboardService } from './services/dashboard-service';
import { commendationService } from './services/commendation-service';
import { CommandRunner } from './services/command-runner';
import { ModelIndex } from './services/model-index';
import { importService } from './services/import-service';
import { modelService } from './services/model-service';
import { roundClosingService } from './services/round-closing-service';
import { roundService } from './services/round-service';
import { rubricService } from './services/rubric-service';
import { settingsService } from './services/settings-service';
import { sheetService } from './services/sheet-service';
import { storageService } from './services/storage-service';
import { DataStore } from './store/data-store';

export interface BackendOptions {
  dataDir: string;
  clock: Clock;
  version: string;
  transport: 'electron' | 'http';
  /** Who is working (the OS user name), recorded in each model's history. */
  actor: string;
  /** The desktop app's way to open a file with the system viewer; absent in the browser preview. */
  openFile?: (absolutePath: string) => Promise<void>;
}

export interface Backend {
  handle(channel: string, input: unknown): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

/** Composes the services over one data folder. Knows nothing of Electron or HTTP. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir, clock, version, transport, actor, openFile } = options;
  const store = await DataStore.open({ dataDir, clock });
  const index = new ModelIndex(store);
  const commands = new CommandRunner({ store, clock, actor });
  const models = modelService({
    store,
    index,
    commands,
    onDestroyed: (ref) => removeModelAttachments(dataDir, ref.id),
  });
  const handlers: Handlers = {
    'app.info': () => ({ version, transport, dataDir }),
    ...settingsService(store, commands),
    ...storageService(store),
    ...catalogueService(store, commands),
    ...models,
    ...attachmentService({ store, commands, openFile }),
    ...dashboardService(store, index),
    ...browserPrintService(),
    ...documentsService({ store, index, clock, listModels: models['models.list'] }),
    ...browserFileService(),
    ...demoService(store, commands),
    ...rubricService(store, commands),
    ...roundService(store, commands),
    ...roundClosingService(commands),
    ...sheetService(store, commands),
    ...commendationService(store, commands),
    ...importService({ store, commands }),
  };
  return {
    handle: (channel, input) => dispatch(handlers, channel, input),
    close: () => store.close(),
  };
}
