import { join } from 'node:path';
import type { ChannelName } from '../../shared/contract/channels';
import type { Envelope } from '../../shared/contract/errors';
import type { Clock } from './clock';
import { demoService } from './demo/demo-service';
import { dispatch } from './dispatch';
import { browserFileService } from './documents/browser-file-service';
import type { Handler, Handlers, HandlersFor } from './handlers';
import { jobService, Jobs } from './jobs';
import { createLogger, type Logger } from './log/logger';
import { logService } from './log/log-service';
import { LOGS_DIR, RotatingLog } from './log/rotating-log';
import { OPEN_COPIES_DIR, openCopy } from './open-copy';
import { attachmentService } from './services/attachment-service';
import {
  pruneSetAsideAttachments,
  setAsideModelAttachments,
  sweepOrphanAttachments,
} from './services/attachment-files';
import { settleStagedAttachments } from './services/attachment-staging';
import { catalogueService } from './services/catalogue-service';
import { browserPrintService } from './services/print-service';
import { dashboardService } from './services/dashboard-service';
import { commendationService } from './services/commendation-service';
import { CommandRunner } from './services/command-runner';
import { ModelIndex } from './services/model-index';
import { exchangeService } from './services/exchange-service';
import { modelService } from './services/model-service';
import { roundClosingService } from './services/round-closing-service';
import { roundService } from './services/round-service';
import { rubricService } from './services/rubric-service';
import { settingsService } from './services/settings-service';
import { sheetService } from './services/sheet-service';
import { storageService } from './services/storage-service';
import { DataStore, type DataStoreOptions } from './store/data-store';

export interface BackendOptions {
  dataDir: string;
  clock: Clock;
  version: string;
  transport: 'electron' | 'http';
  /** Who is working (the OS user name), recorded in each model's history. */
  actor: string;
  /**
   * The desktop app's way to open a file or folder with the system's program (Explorer, Word…); absent in
   * the browser preview, which cannot open anything on the machine.
   */
  openPath?: (absolutePath: string) => Promise<void>;
  /** The system temp folder, where attachments are copied under their own names to be opened. */
  tempDir?: string;
  /** When the store compacts its journal; tests that compare files set it so no timer changes them. */
  compaction?: Pick<DataStoreOptions, 'idleMs' | 'compactBytes'>;
  /** Sees every step of every job the renderer follows (`jobs.progress`): tests follow a job with it. */
  watchJobs?: ConstructorParameters<typeof Jobs>[0];
}

export interface Backend {
  handle(channel: string, input: unknown): Promise<Envelope<unknown>>;
  close(): Promise<void>;
  /** The log in `<data folder>/logs`, for what happens outside a channel call (start, crashes). */
  readonly logger: Logger;
}

/** The backend's log, `<data folder>/logs/app.log` (5 × 1 MB), which the preview and the desktop app share. */
export function openBackendLog(dataDir: string, clock: Clock): Logger {
  return createLogger(new RotatingLog({ dir: join(dataDir, LOGS_DIR), name: 'app' }), clock);
}

/**
 * A service's handlers, the service itself loaded on the first call of any of them. Word and Excel (docx,
 * exceljs) take ~150 ms to load: the first screen after a start does not wait for them.
 */
function onFirstCall<C extends ChannelName>(
  channels: readonly C[],
  load: () => Promise<HandlersFor<C>>,
): HandlersFor<C> {
  let service: Promise<HandlersFor<C>> | null = null;
  const handler =
    <K extends C>(channel: K): Handler<K> =>
    async (input) =>
      (await (service ??= load()))[channel](input);
  return Object.fromEntries(channels.map((channel) => [channel, handler(channel)])) as HandlersFor<C>;
}

/** Composes the services over one data folder. Knows nothing of Electron or HTTP. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir, clock, version, transport, actor, openPath, tempDir, compaction, watchJobs } = options;
  const logger = openBackendLog(dataDir, clock);
  let store: DataStore;
  try {
    store = await DataStore.open({ dataDir, clock, appVersion: version, ...compaction });
  } catch (error) {
    logger.error(`Không mở được thư mục dữ liệu (${transport})`, error);
    throw error;
  }
  logger.info(`Khởi động ${version} (${transport})`);
  const oldestBackup = (await store.backups.list()).at(-1);
  await pruneSetAsideAttachments(dataDir, oldestBackup?.createdAt ?? null);
  await settleStagedAttachments(store);
  const openFile =
    openPath &&
    ((source: string, name: string) =>
      openCopy({ source, name, copiesDir: join(tempDir ?? dataDir, OPEN_COPIES_DIR), open: openPath }));
  const index = new ModelIndex(store);
  const commands = new CommandRunner({ store, clock, actor });
  const addingAttachments = new Set<string>();
  let swept: Promise<unknown> | null = null;
  /**
   * Once Tổng quan is answered: every year's list rows are read, then the attachment files no record lists
   * are moved aside; in the background, while the clerk looks at the first screen.
   */
  const afterFirstScreen = () => {
    index.warm();
    swept ??= index
      .settled()
      .then(() => sweepOrphanAttachments(store, clock, addingAttachments))
      .then((moved) => {
        if (moved > 0)
          logger.info(`Đã chuyển ${moved} tệp đính kèm không thuộc mô hình nào vào attachments/.da-xoa`);
      })
      .catch((error: unknown) => logger.error('Dọn tệp đính kèm', error));
  };
  const jobs = new Jobs(watchJobs);
  const models = modelService({
    store,
    index,
    commands,
    onDestroyed: (ref) => setAsideModelAttachments(dataDir, ref.id, clock),
  });
  const logDir = join(dataDir, LOGS_DIR);
  const handlers: Handlers = {
    'app.info': () => ({ version, transport, dataDir, logDir }),
    ...logService({ logger, dataDir, logsDir: logDir, openPath }),
    ...settingsService(store, commands),
    ...storageService(store, version, jobs),
    ...catalogueService(store, commands),
    ...models,
    ...attachmentService({ store, commands, clock, openFile, adding: addingAttachments }),
    ...firstScreenThen(dashboardService(store), afterFirstScreen),
    ...browserPrintService(),
    ...onFirstCall(['documents.table', 'documents.build'], async () =>
      (await import('./documents/documents-service')).documentsService({
        store,
        clock,
        listModels: models['models.list'],
      }),
    ),
    ...browserFileService(),
    ...demoService(store, commands),
    ...rubricService(store, commands),
    ...roundService(store, commands),
    ...roundClosingService(commands),
    ...sheetService(store, commands),
    ...onFirstCall(['sheets.exportWorkbook', 'sheets.previewWorkbook', 'sheets.commitWorkbook'], async () =>
      (await import('./services/score-workbook-service')).scoreWorkbookService(store, commands, jobs),
    ),
    ...commendationService(store, commands),
    ...onFirstCall(['imports.template', 'imports.preview', 'imports.commit'], async () =>
      (await import('./services/import-service')).importService({ store, commands, jobs }),
    ),
    ...exchangeService({ store, commands, clock, version, jobs }),
    ...jobService(jobs),
  };
  const logUnexpected = (channel: string, error: unknown) => logger.error(channel, error);
  return {
    logger,
    handle: async (channel, input) => {
      const started = performance.now();
      const answer = await dispatch(handlers, channel, input, logUnexpected);
      // The channel name only if it is one of ours: anything else a caller sends is not written anywhere.
      const name = answer.ok || answer.error.code !== 'UNKNOWN_CHANNEL' ? channel : '(kênh không có)';
      // The page asks how a job goes a few times a second: those answers would drown the log.
      if (answer.ok && channel === 'jobs.progress') return answer;
      logger.call(name, Math.round(performance.now() - started), answer.ok ? 'ok' : answer.error.code);
      return answer;
    },
    close: async () => {
      await index.settled();
      await swept;
      await store.close();
    },
  };
}

/** "Tổng quan" is the first screen: once it is answered, `next` starts, in the background. */
function firstScreenThen(
  service: HandlersFor<'dashboard.get'>,
  next: () => void,
): HandlersFor<'dashboard.get'> {
  return {
    'dashboard.get': async (filter) => {
      const answer = await service['dashboard.get'](filter);
      next();
      return answer;
    },
  };
}
