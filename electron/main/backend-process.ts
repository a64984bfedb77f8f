import { join } from 'node:path';
import { utilityProcess, type UtilityProcess } from 'electron';
import type { Logger } from '../backend/log/logger';
import { connectBackend, type BackendClient } from '../backend/bridge/backend-client';
import type { FromBackend, StartOptions } from '../backend/bridge/protocol';

export interface BackendProcess {
  /** The client once the data folder is open; rejects with BackendStartError if it cannot be. */
  ready: Promise<BackendClient>;
  /** Closes the store (the folder lock is released) and lets the process end; for quitting. */
  close(): Promise<void>;
  /** Called once if the process ends without having been asked to (a crash, killed by antivirus). */
  onUnexpectedExit(listener: (code: number) => void): void;
}

/**
 * Starts the backend in a utility process (dist-electron/backend.cjs) and links it to main. Its console
 * output goes to main.log. Opening files stays here, in main: the backend asks for it by message.
 */
export function startBackendProcess({
  start,
  openPath,
  log,
}: {
  start: StartOptions;
  openPath: (path: string) => Promise<string>;
  log: Logger;
}): BackendProcess {
  const child: UtilityProcess = utilityProcess.fork(join(__dirname, 'backend.cjs'), [], {
    serviceName: 'Dân vận khéo – dữ liệu',
    stdio: 'pipe',
  });
  child.stdout?.on('data', (chunk: Buffer) => log.info(`[dữ liệu] ${chunk.toString('utf8').trimEnd()}`));
  child.stderr?.on('data', (chunk: Buffer) =>
    log.error('[dữ liệu] stderr', chunk.toString('utf8').trimEnd()),
  );

  const link = connectBackend(
    {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: FromBackend) => listener(message)),
    },
    { start, openPath },
  );

  let closing = false;
  let unexpected: (code: number) => void = () => undefined;
  child.on('exit', (code) => {
    link.stopped();
    if (!closing) {
      log.error('Phần xử lý dữ liệu dừng đột ngột', new Error(`utility process exit code ${code}`));
      unexpected(code);
    }
  });

  return {
    ready: link.ready,
    close: async () => {
      closing = true;
      const client = await link.ready.catch(() => null);
      await client?.close();
    },
    onUnexpectedExit: (listener) => {
      unexpected = listener;
    },
  };
}
