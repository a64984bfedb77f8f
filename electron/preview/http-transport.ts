import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { channelNames } from '../../shared/contract/channel-names';
import type { AppErrorData, Envelope, ErrorCode } from '../../shared/contract/errors';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import type { Backend } from '../backend/backend';
import { readStaticFile } from '../backend/static-files';

export const TOKEN_HEADER = 'x-dvk-token';
const MAX_BODY_BYTES = 80 * 1024 * 1024;

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNKNOWN_CHANNEL: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  DATA_UNAVAILABLE: 503,
  WRITE_FAILED: 500,
  INTERNAL: 500,
};

export interface HttpTransportOptions {
  backend: Backend;
  token: string;
  port: number;
  staticRoot: string;
}

/**
 * The same contract as the IPC transport, over loopback HTTP: `POST /api/<channel>` with `{"input": …}`.
 * Every /api request must carry this start's token; the Host header must name loopback so that a web page
 * reaching us through DNS rebinding is refused too.
 */
export function createHttpHandler({ backend, token, port, staticRoot }: HttpTransportOptions) {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const expected = Buffer.from(token);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendError(res, {
        code: 'UNAUTHORIZED',
        message: 'Chỉ truy cập được từ chính máy này (127.0.0.1).',
      });
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return sendError(res, { code: 'UNAUTHORIZED', message: 'Thiếu hoặc sai mã truy cập (x-dvk-token).' });
      }
      if (url.pathname === '/api' && req.method === 'GET')
        return sendJson(res, 200, { channels: channelNames });
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return sendJson(res, 405, envelopeError('VALIDATION', 'Chỉ nhận yêu cầu POST.'));
      }
      const body = await readJsonBody(req);
      if (!body.ok) return sendError(res, body.error);
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendEnvelope(res, await backend.handle(channel, body.data.input));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, envelopeError('VALIDATION', 'Không hỗ trợ.'));
    const file = await readStaticFile(staticRoot, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Không tìm thấy.');
    }
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };
}

type BodyResult = { ok: true; data: { input?: unknown } } | { ok: false; error: AppErrorData };

async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      return { ok: false, error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên quá lớn.' } };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, data: {} };
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
    return { ok: true, data: data as { input?: unknown } };
  } catch {
    return {
      ok: false,
      error: { code: 'VALIDATION', message: 'Nội dung yêu cầu phải là JSON dạng {"input": …}.' },
    };
  }
}

function envelopeError(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function sendError(res: ServerResponse, error: AppErrorData): void {
  sendEnvelope(res, { ok: false, error });
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
