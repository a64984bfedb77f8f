import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createBackend } from '../backend/backend';
import { systemClock } from '../backend/clock';
import { currentUserName } from '../backend/current-user';
import { createHttpHandler } from './http-transport';

declare const __APP_VERSION__: string;

/** `npm run preview`: the whole app in a browser, with the real backend behind loopback HTTP. */
async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2));
  const dataDir = resolve(process.env.DVK_DATA_DIR || join(process.cwd(), '.dvk-data'));
  const token = process.env.DVK_TOKEN || randomBytes(24).toString('base64url');
  const staticRoot = resolve(__dirname, '..', 'dist', 'renderer');

  const backend = await createBackend({
    dataDir,
    clock: systemClock,
    version: __APP_VERSION__,
    transport: 'http',
    actor: currentUserName(),
  });
  const server = createServer(createHttpHandler({ backend, token, port, staticRoot }));
  server.listen(port, '127.0.0.1', () => {
    console.log(
      `Dân vận khéo (bản chạy trên trình duyệt) đang chạy tại: http://127.0.0.1:${port}/?token=${token}`,
    );
    console.log(`Thư mục dữ liệu: ${dataDir}`);
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void backend.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function parsePort(args: string[]): number {
  const index = args.indexOf('--port');
  if (index === -1) return 4173;
  const port = Number(args[index + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error('Cổng (--port) phải là số nguyên từ 1 đến 65535.');
    process.exit(2);
  }
  return port;
}

main().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exit(1);
});
