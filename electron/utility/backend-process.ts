import { createBackend } from '../backend/backend';
import { serveBackend } from '../backend/bridge/backend-server';
import type { FromBackend, ToBackend } from '../backend/bridge/protocol';

/**
 * Entry of the backend's utility process (`utilityProcess.fork` from main, as Actual Budget runs its
 * server): the store, the services, and the Word/Excel work to come run here, so none of it can freeze the
 * window. Main talks to it through process.parentPort (see ../backend/bridge/protocol.ts).
 */
const parentPort = process.parentPort;

serveBackend(
  {
    send: (message: FromBackend) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as ToBackend)),
  },
  createBackend,
  () => process.exit(0),
);

// An error no channel call caught would otherwise end the process silently: it goes to the console, which
// main writes into main.log (stdio: 'pipe'), and the process carries on answering.
process.on('uncaughtException', (error) => console.error('Lỗi không được xử lý trong phần dữ liệu:', error));
process.on('unhandledRejection', (error) => console.error('Promise bị từ chối trong phần dữ liệu:', error));
