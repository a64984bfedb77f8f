import { createServer, type Server } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
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

  async function start(limits: { maxBodyBytes?: number; maxBodiesInFlightBytes?: number } = {}) {
    const dataDir = await tempDir();
    const staticRoot = join(dataDir, 'static');
    await mkdir(staticRoot);
    await writeFile(join(staticRoot, 'index.html'), '<p>ứng dụng</p>');
    backend = await openBackend(join(dataDir, 'data'));
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    server.on('request', createHttpHandler({ backend, token: TOKEN, port, staticRoot, ...limits }));
    const base = `http://127.0.0.1:${port}`;
    const post = (
      channel: string,
      body: unknown,
      headers: Record<string, string> = { 'x-dvk-token': TOKEN },
    ) => fetch(`${base}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { base, post, dataDir, port };
  }

  /** Sends raw bytes on a fresh connection and returns what came back before the server closed it. */
  function raw(port: number, text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
  }

  /** Opens a connection, sends the request head and `sent` bytes of a longer body, and leaves it open. */
  async function startBody(port: number, sent: number, declared: number) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nx-dvk-token: ${TOKEN}\r\n` +
        `Content-Length: ${declared}\r\n\r\n${'x'.repeat(sent)}`,
    );
    return socket;
  }

  async function until(check: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('condition never held');
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

  it('answers a target that is no URL, and a channel that is no percent-encoding, and keeps serving', async () => {
    const { port, post } = await start();
    const noUrl = await raw(
      port,
      `GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(noUrl).toMatch(/^HTTP\/1\.1 400 /);
    expect(noUrl).toContain('Địa chỉ yêu cầu không hợp lệ.');
    const badChannel = await post('%ZZ', {});
    expect(badChannel.status).toBe(404);
    expect(await badChannel.json()).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'Tên chức năng không hợp lệ.' },
    });
    expect((await post('settings.get', {})).status).toBe(200);
  });

  it('keeps serving when a client hangs up in the middle of a body, and changes nothing', async () => {
    const { post } = await start();
    const { port } = new URL((await post('settings.get', {})).url);
    const socket = await startBody(Number(port), 10, 1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.destroy();
    const partial = await raw(
      Number(port),
      `POST /api/settings.update HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nx-dvk-token: ${TOKEN}\r\n` +
        `Content-Length: 500\r\n\r\n{"input":{"orgName":"X"`,
    );
    expect(partial).not.toMatch(/^HTTP\/1\.1 200 /);
    const settings = await (await post('settings.get', {})).json();
    expect(settings.data.orgName).toBe('');
  });

  it('limits the request bodies held in memory across connections, and frees them when a client leaves', async () => {
    const { post, port } = await start({ maxBodyBytes: 1000, maxBodiesInFlightBytes: 1500 });
    const tooLarge = await post('settings.get', { input: 'x'.repeat(1000) });
    expect(tooLarge.status).toBe(400);
    expect((await tooLarge.json()).error.message).toBe('Dữ liệu gửi lên quá lớn.');

    const holding = await startBody(port, 900, 1000);
    let busy: Response | undefined;
    await until(async () => {
      busy = await post('settings.get', { input: 'y'.repeat(800) });
      return busy.status === 503;
    });
    expect((await busy!.json()).error).toEqual({
      code: 'DATA_UNAVAILABLE',
      message: 'Máy đang nhận nhiều dữ liệu cùng lúc. Hãy đợi các tệp khác tải lên xong rồi thử lại.',
    });
    holding.destroy();
    await until(async () => (await post('settings.get', { input: 'y'.repeat(800) })).status !== 503);
    expect((await post('settings.get', {})).status).toBe(200);
  });
});
