import { createServer, type Server } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/contract/channel-names';
import type { Backend } from '../../../electron/backend/backend';
import { openBackend } from '../../helpers/backend';
import { createHttpHandler } from '../../../electron/preview/http-transport';
import { useTempDirs } from '../../helpers/temp-dir';

const TOKEN = 'token-for-tests';

describe('HTTP transport', () => {
  const tempDir = useTempDirs();
  let server: Server | undefined;
  let backend: Backend | undefined;

  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await backend?.close();
  });

  async function start() {
    const dataDir = await tempDir();
    const staticRoot = join(dataDir, 'static');
    await mkdir(staticRoot);
    await writeFile(join(staticRoot, 'index.html'), '<p>ứng dụng</p>');
    backend = await openBackend(join(dataDir, 'data'));
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    server.on('request', createHttpHandler({ backend, token: TOKEN, port, staticRoot }));
    const base = `http://127.0.0.1:${port}`;
    const post = (
      channel: string,
      body: unknown,
      headers: Record<string, string> = { 'x-dvk-token': TOKEN },
    ) => fetch(`${base}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { base, post, dataDir };
  }

  it('lists the contract channels', async () => {
    const { base } = await start();
    const res = await fetch(`${base}/api`, { headers: { 'x-dvk-token': TOKEN } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ channels: [...channelNames] });
  });

  it('answers 401 without the token or with a wrong one, and changes nothing', async () => {
    const { base, post } = await start();
    expect((await fetch(`${base}/api`)).status).toBe(401);
    const noToken = await post('settings.update', { input: { orgName: 'X' } }, {});
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Thiếu hoặc sai mã truy cập (x-dvk-token).' },
    });
    expect(
      (await post('settings.update', { input: { orgName: 'X' } }, { 'x-dvk-token': 'wrong' })).status,
    ).toBe(401);
    const settings = await (await post('settings.get', {})).json();
    expect(settings.data.orgName).toBe('');
  });

  it('refuses a request whose Host is not loopback (DNS rebinding)', async () => {
    const { base } = await start();
    const port = new URL(base).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request(
        {
          host: '127.0.0.1',
          port,
          path: '/api',
          headers: { host: `evil.example:${port}`, 'x-dvk-token': TOKEN },
        },
        (res) => resolve(res.statusCode ?? 0),
      ).end();
    });
    expect(status).toBe(401);
  });

  it('carries the envelope both ways, with status codes by error', async () => {
    const { post } = await start();
    const ok = await post('settings.update', { input: { orgName: 'BAN DÂN VẬN' } });
    expect(ok.status).toBe(200);
    expect((await ok.json()).data.orgName).toBe('BAN DÂN VẬN');
    const bad = await post('settings.update', { input: { yearInUse: 'năm' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('VALIDATION');
    expect((await post('nope.nothing', {})).status).toBe(404);
    const notJson = await fetch(bad.url, {
      method: 'POST',
      headers: { 'x-dvk-token': TOKEN },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toMatch(/JSON/);
  });

  it('serves the built app with its CSP, and never a file outside it', async () => {
    const { base } = await start();
    const page = await fetch(`${base}/`);
    expect(await page.text()).toBe('<p>ứng dụng</p>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    for (const path of [
      '/..%2Fdata%2Foffice.json',
      '/%2e%2e/data/office.json',
      '/../data/office.json',
      '/x.js',
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
    }
  });
});
