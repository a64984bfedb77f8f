import { BRIDGE_KEY, type DvkBridge } from '../../../shared/contract/bridge';
import type { ChannelName } from '../../../shared/contract/channel-names';
import { envelopeSchema, type Envelope } from '../../../shared/contract/errors';

export type Transport = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;

const TOKEN_KEY = 'dvk-token';

/** Whether the page runs in the desktop app (the preload's bridge is there), rather than the browser preview. */
export function isDesktopApp(): boolean {
  return Boolean((window as unknown as Record<string, DvkBridge | undefined>)[BRIDGE_KEY]);
}

/** In Electron the preload's bridge; in a browser, the preview's loopback HTTP API. */
export function detectTransport(): Transport {
  const bridge = (window as unknown as Record<string, DvkBridge | undefined>)[BRIDGE_KEY];
  if (bridge)
    return (channel, input) => (bridge[channel] as (i: unknown) => Promise<Envelope<unknown>>)(input);
  return httpTransport(takeToken());
}

/**
 * The preview prints a URL carrying `?token=…`. Keep it for this tab and take it out of the address bar,
 * so it does not end up in history or a screenshot.
 */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** How much of a request's body has gone to the preview: `sent` of `total` bytes. */
export type UploadProgress = (sent: number, total: number) => void;

const uploads = new Map<string, UploadProgress>();

/**
 * Has `progress` hear how much of job `jobId`'s file has gone to the preview, over HTTP: the call that carries
 * it (`dataBase64`, with the job's id) takes seconds for a large file, while the backend has nothing to report.
 * In the desktop app the file goes over IPC at once and nothing is heard. Answers the function that stops it.
 */
export function followUpload(jobId: string, progress: UploadProgress): () => void {
  uploads.set(jobId, progress);
  return () => uploads.delete(jobId);
}

/** The upload followed for a call's input: one that carries a file for a followed job. */
function uploadOf(input: unknown): UploadProgress | undefined {
  const { jobId, dataBase64 } = (input ?? {}) as { jobId?: unknown; dataBase64?: unknown };
  return typeof jobId === 'string' && typeof dataBase64 === 'string' ? uploads.get(jobId) : undefined;
}

/** POSTs with XMLHttpRequest, whose upload reports its progress (fetch does not). */
function postReporting(url: string, headers: Record<string, string>, body: string, progress: UploadProgress) {
  return new Promise<{ status: number; json: () => Promise<unknown> }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (e) => progress(e.loaded, e.total);
    request.onload = () =>
      resolve({ status: request.status, json: async () => JSON.parse(request.responseText) });
    request.onerror = () => reject(new Error('network'));
    request.send(body);
  });
}

function httpTransport(token: string): Transport {
  return async (channel, input) => {
    const upload = uploadOf(input);
    const headers = { 'content-type': 'application/json', 'x-dvk-token': token };
    const body = JSON.stringify({ input });
    let response: { status: number; json: () => Promise<unknown> };
    try {
      response = upload
        ? await postReporting(`/api/${channel}`, headers, body, upload)
        : await fetch(`/api/${channel}`, { method: 'POST', headers, body });
    } catch {
      return offline(
        'Không kết nối được với máy chủ của ứng dụng. Hãy kiểm tra cửa sổ đang chạy "npm run preview".',
      );
    }
    const parsed = envelopeSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) return offline(`Máy chủ trả lời không đúng định dạng (mã ${response.status}).`);
    return parsed.data;
  };
}

function offline(message: string): Envelope<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}
