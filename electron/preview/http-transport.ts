import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { channelNames } from '../../shared/contract/channel-names';
import type { AppErrorData, Envelope, ErrorCode } from '../../shared/contract/errors';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import type { Backend } from '../backend/backend';
import { readStaticFile } from '../backend/static-files';

export const TOKEN_HEADER = 'x-dvk-token';
/** One request body at most (an attachment upload, base64). */
export const MAX_BODY_BYTES = 80 * 1024 * 1024;
/** All request bodies held in memory at once, across connections: a few uploads, never gigabytes. */
export const MAX_BODIES_IN_FLIGHT_BYTES = 160 * 1024 * 1024;

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNKNOWN_CHANNEL: 404,
  CONFLICT: 409,
  CANCELLED: 409,
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
  /** Limits, for tests; the defaults above otherwise. */
  maxBodyBytes?: number;
  maxBodiesInFlightBytes?: number;
}

/**
 * The same contract as the IPC transport, over loopback HTTP: `POST /api/<channel>` with `{"input": …}`.
 * Every /api request must carry this start's token; the Host header must name loopback so that a web page
 * reaching us through DNS rebinding is refused too.
 */
export function createHttpHandler(options: HttpTransportOptions) {
  const handle = createRequestHandler(options);
  // A request handler that rejects would end the process (unhandled rejection): whatever a client sends
  // or however it hangs up, it gets an answer if it is still there, and the server keeps running.
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      console.error('Lỗi khi trả lời yêu cầu HTTP:', error);
      if (res.headersSent || res.destroyed) return void res.destroy();
      sendError(res, { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn khi xử lý yêu cầu.' });
    });
  };
}

function createRequestHandler({
  backend,
  token,
  port,
  staticRoot,
  maxBodyBytes = MAX_BODY_BYTES,
  maxBodiesInFlightBytes = MAX_BODIES_IN_FLIGHT_BYTES,
}: HttpTransportOptions) {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const expected = Buffer.from(token);
  const budget = new BodyBudget(maxBodiesInFlightBytes);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendError(res, {
        code: 'UNAUTHORIZED',
        message: 'Chỉ truy cập được từ chính máy này (127.0.0.1).',
      });
    }
    const url = parseUrl(req.url ?? '/', req.headers.host ?? '');
    if (!url) return sendError(res, { code: 'VALIDATION', message: 'Địa chỉ yêu cầu không hợp lệ.' });

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
      const channel = decodeChannel(url.pathname.slice('/api/'.length));
      if (channel === null)
        return sendError(res, { code: 'UNKNOWN_CHANNEL', message: 'Tên chức năng không hợp lệ.' });
      const body = await readJsonBody(req, maxBodyBytes, budget);
      if (!body.ok) return sendError(res, body.error, { close: true });
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

/** The request target as a URL, or null when it is none (`GET http://[ HTTP/1.1`). */
function parseUrl(target: string, host: string): URL | null {
  try {
    return new URL(target, `http://${host}`);
  } catch {
    return null;
  }
}

function decodeChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** Bytes of request bodies held in memory right now, across every connection. */
class BodyBudget {
  private used = 0;
  constructor(private readonly limit: number) {}

  take(bytes: number): boolean {
    if (this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.used -= bytes;
  }
}

type BodyResult = { ok: true; data: { input?: unknown } } | { ok: false; error: AppErrorData };

const TOO_LARGE: BodyResult = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên quá lớn.' },
};
const BUSY: BodyResult = {
  ok: false,
  error: {
    code: 'DATA_UNAVAILABLE',
    message: 'Máy đang nhận nhiều dữ liệu cùng lúc. Hãy đợi các tệp khác tải lên xong rồi thử lại.',
  },
};
const CLIENT_GONE: BodyResult = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Yêu cầu bị ngắt giữa chừng; không có gì thay đổi.' },
};

/**
 * Reads the body, refusing one over `max` bytes or one that would take the bodies held at once over the
 * budget; what was held is let go at once and the rest of a refused body is read and dropped, so the answer
 * still reaches the client. A client that hangs up mid-body ends the read with a result, never a throw.
 */
function readBody(req: IncomingMessage, max: number, budget: BodyBudget): Promise<Buffer | BodyResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) {
    req.resume();
    return Promise.resolve(TOO_LARGE);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let held = 0;
    let done = false;
    const finish = (result: Buffer | BodyResult) => {
      if (done) return;
      done = true;
      budget.give(held);
      held = 0;
      chunks.length = 0;
      req.removeListener('data', onData);
      req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (held + chunk.length > max) return finish(TOO_LARGE);
      if (!budget.take(chunk.length)) return finish(BUSY);
      held += chunk.length;
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish(Buffer.concat(chunks)));
    // A tab closed during an upload: the socket goes without an end.
    req.on('close', () => finish(CLIENT_GONE));
    req.on('error', () => finish(CLIENT_GONE));
  });
}

async function readJsonBody(req: IncomingMessage, max: number, budget: BodyBudget): Promise<BodyResult> {
  const body = await readBody(req, max, budget);
  if (!Buffer.isBuffer(body)) return body;
  const text = body.toString('utf8');
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

/** `close`: the body was not read to its end, so the connection cannot carry another request. */
function sendError(res: ServerResponse, error: AppErrorData, { close = false } = {}): void {
  if (close) res.setHeader('Connection', 'close');
  sendEnvelope(res, { ok: false, error });
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
