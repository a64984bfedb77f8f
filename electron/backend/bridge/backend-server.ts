import { AppError } from '../../../shared/contract/errors';
import type { Backend, BackendOptions } from '../backend';
import { systemClock } from '../clock';
import { DataFolderLockedError } from '../store/folder-lock';
import type { Endpoint, FromBackend, StartOptions, ToBackend } from './protocol';

export type CreateBackend = (options: BackendOptions) => Promise<Backend>;

/**
 * The backend's side of the link, run in the utility process: waits for `start`, opens the backend, then
 * answers each `call` with its envelope under the same id. Calls run concurrently, as over IPC before;
 * the store's write queue keeps writes in order. `close` closes the store (releasing the folder lock) and
 * answers `closed`; `onClosed` then ends the process.
 */
export function serveBackend(
  port: Endpoint<FromBackend, ToBackend>,
  create: CreateBackend,
  onClosed: () => void,
): void {
  let backend: Backend | null = null;
  let nextOpenId = 1;
  const opening = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  const openPath = (path: string) =>
    new Promise<void>((resolve, reject) => {
      const id = nextOpenId++;
      opening.set(id, { resolve, reject });
      port.send({ type: 'openPath', id, path });
    });

  const start = async (options: StartOptions) => {
    try {
      backend = await create({
        dataDir: options.dataDir,
        clock: systemClock,
        version: options.version,
        transport: 'electron',
        actor: options.actor,
        tempDir: options.tempDir,
        ...(options.canOpenPaths ? { openPath } : {}),
      });
      port.send({ type: 'ready' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      port.send({ type: 'failed', message, locked: error instanceof DataFolderLockedError });
    }
  };

  port.onMessage((message) => {
    switch (message.type) {
      case 'start':
        void start(message.options);
        return;
      case 'call': {
        const { id, channel, input } = message;
        if (!backend) {
          const error = new AppError(
            'DATA_UNAVAILABLE',
            'Dữ liệu chưa được mở xong, hãy thử lại sau giây lát.',
          );
          port.send({ type: 'reply', id, envelope: { ok: false, error: error.toData() } });
          return;
        }
        void backend.handle(channel, input).then((envelope) => port.send({ type: 'reply', id, envelope }));
        return;
      }
      case 'opened': {
        const waiting = opening.get(message.id);
        opening.delete(message.id);
        if (message.error === null) waiting?.resolve();
        else waiting?.reject(new AppError('CONFLICT', message.error));
        return;
      }
      case 'close':
        void (backend?.close() ?? Promise.resolve())
          .catch((error: unknown) => backend?.logger.error('Đóng dữ liệu', error))
          .finally(() => {
            port.send({ type: 'closed' });
            onClosed();
          });
        return;
    }
  });
}
