import type { Envelope } from '../../../shared/contract/errors';
import type { Endpoint, FromBackend, StartOptions, ToBackend } from './protocol';

export const BACKEND_STOPPED_MESSAGE =
  'Phần xử lý dữ liệu của ứng dụng đã dừng đột ngột; thao tác vừa rồi có thể chưa được lưu. ' +
  'Hãy khởi động lại Dân vận khéo (dữ liệu đã lưu không bị mất).';

export class BackendStartError extends Error {
  constructor(
    message: string,
    readonly locked: boolean,
  ) {
    super(message);
    this.name = 'BackendStartError';
  }
}

export interface BackendClient {
  /** The same door as the in-process backend: a channel call answered by its envelope, never a throw. */
  handle(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Asks the backend to close its store (releasing the folder lock); settles once it has, or has stopped. */
  close(): Promise<void>;
}

export interface ClientOptions {
  start: StartOptions;
  /** Main's own way to open a file or folder; resolves to an error text, or '' on success (shell.openPath). */
  openPath: (path: string) => Promise<string>;
}

/**
 * Main's side of the link. Every call gets an id; the reply with that id settles it. If the utility process
 * ends, every pending and later call is answered with a Vietnamese error instead of hanging: `stopped()` is
 * for the process's 'exit' event.
 */
export function connectBackend(
  port: Endpoint<ToBackend, FromBackend>,
  { start, openPath }: ClientOptions,
): { ready: Promise<BackendClient>; stopped: () => void } {
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  let nextId = 1;
  let running = true;
  let onReady: (client: BackendClient) => void = () => undefined;
  let onFailed: (error: Error) => void = () => undefined;
  const closeWaiters: (() => void)[] = [];

  const stoppedEnvelope = (): Envelope<never> => ({
    ok: false,
    error: { code: 'INTERNAL', message: BACKEND_STOPPED_MESSAGE },
  });

  const client: BackendClient = {
    handle: (channel, input) => {
      if (!running) return Promise.resolve(stoppedEnvelope());
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        port.send({ type: 'call', id, channel, input });
      });
    },
    close: () => {
      if (!running) return Promise.resolve();
      return new Promise((resolve) => {
        closeWaiters.push(resolve);
        port.send({ type: 'close' });
      });
    },
  };

  port.onMessage((message) => {
    switch (message.type) {
      case 'ready':
        onReady(client);
        return;
      case 'failed':
        running = false;
        onFailed(new BackendStartError(message.message, message.locked));
        return;
      case 'reply': {
        const settle = pending.get(message.id);
        pending.delete(message.id);
        settle?.(message.envelope);
        return;
      }
      case 'openPath':
        void openPath(message.path).then(
          (failure) => port.send({ type: 'opened', id: message.id, error: failure || null }),
          (error: unknown) => port.send({ type: 'opened', id: message.id, error: String(error) }),
        );
        return;
      case 'closed':
        running = false;
        closeWaiters.splice(0).forEach((done) => done());
        return;
    }
  });

  const ready = new Promise<BackendClient>((resolve, reject) => {
    onReady = resolve;
    onFailed = reject;
  });
  port.send({ type: 'start', options: start });

  return {
    ready,
    stopped: () => {
      running = false;
      for (const settle of pending.values()) settle(stoppedEnvelope());
      pending.clear();
      closeWaiters.splice(0).forEach((done) => done());
      onFailed(new BackendStartError(BACKEND_STOPPED_MESSAGE, false));
    },
  };
}
