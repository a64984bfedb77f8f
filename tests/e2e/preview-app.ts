import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Envelope } from '../../shared/contract/errors';

/** One running `npm run preview` (the built server), on a fresh data folder, that a test can restart. */
export interface PreviewApp {
  url: string;
  dataDir: string;
  token: string;
  /** Calls a channel like the renderer does, and returns its data (throws on a refusal). */
  call: (channel: string, input?: unknown) => Promise<Record<string, unknown>>;
  restart: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** `appDir`: the built app to serve (its `dist-electron/` and `dist/`), this one by default. */
export function startServer(
  port: number,
  dataDir: string,
  token: string,
  appDir = '.',
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(appDir, 'dist-electron/preview.cjs'), '--port', String(port)], {
    env: { ...process.env, DVK_DATA_DIR: dataDir, DVK_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('đang chạy tại')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Máy chủ xem trước dừng (mã ${code}): ${output}`)));
  });
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Calls a channel of the preview at `origin` as the renderer does, and returns its data (throws on a refusal). */
export function previewCall(origin: string, token: string) {
  return async <T = Record<string, unknown>>(channel: string, input?: unknown): Promise<T> => {
    const res = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'x-dvk-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ input }),
    });
    const envelope = (await res.json()) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
    return envelope.data;
  };
}

export const test = base.extend<{ app: PreviewApp }>({
  // Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'dvk-e2e-'));
    const token = randomBytes(12).toString('hex');
    const port = await freePort();
    let child = await startServer(port, dataDir, token);
    const origin = `http://127.0.0.1:${port}`;
    await use({
      url: `${origin}/?token=${token}`,
      dataDir,
      token,
      call: previewCall(origin, token),
      restart: async () => {
        await stopServer(child);
        child = await startServer(port, dataDir, token);
      },
    });
    await stopServer(child);
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
