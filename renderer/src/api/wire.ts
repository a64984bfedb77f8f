import { BRIDGE_KEY, type DvkBridge } from '../../../shared/contract/bridge';
import type { ChannelName } from '../../../shared/contract/channel-names';

/**
 * How a call travels, and nothing more: the page's first script (`first-requests.ts`) sends through here
 * before the app's code (zod, React, antd) has arrived, so this module imports none of it. The answers are
 * checked by `transport.ts`.
 */

/**
 * What came back for one call, not yet checked: from the desktop bridge its envelope (`status` null); from the
 * preview its HTTP status and body read as JSON (null when it is not JSON); "offline" when the preview could
 * not be reached.
 */
export type Arrival = { status: number | null; body: unknown } | 'offline';

/** How much of a request's body has gone to the preview: `sent` of `total` bytes. */
export type UploadProgress = (sent: number, total: number) => void;

const TOKEN_KEY = 'dvk-token';

const bridge = (window as unknown as Record<string, DvkBridge | undefined>)[BRIDGE_KEY];
const token = bridge ? '' : takeToken();

/** Whether the page runs in the desktop app (the preload's bridge is there), rather than the browser preview. */
export function isDesktopApp(): boolean {
  return Boolean(bridge);
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

/**
 * Sends one call: in Electron through the preload's bridge, in a browser to the preview's loopback HTTP API.
 * `progress` hears how much of the request's body has gone (HTTP only: over IPC a file goes at once).
 */
export async function send(
  channel: ChannelName,
  input: unknown,
  progress?: UploadProgress,
): Promise<Arrival> {
  if (bridge) {
    return { status: null, body: await (bridge[channel] as (i: unknown) => Promise<unknown>)(input) };
  }
  const headers = { 'content-type': 'application/json', 'x-dvk-token': token };
  const body = JSON.stringify({ input });
  try {
    if (progress) return await postReporting(`/api/${channel}`, headers, body, progress);
    const response = await fetch(`/api/${channel}`, { method: 'POST', headers, body, priority: 'high' });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return 'offline';
  }
}

/** POSTs with XMLHttpRequest, whose upload reports its progress (fetch does not). */
function postReporting(url: string, headers: Record<string, string>, body: string, progress: UploadProgress) {
  return new Promise<Arrival>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (e) => progress(e.loaded, e.total);
    request.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(request.responseText);
      } catch {
        // Not JSON: the transport says the answer is malformed, with the status.
      }
      resolve({ status: request.status, body: parsed });
    };
    request.onerror = () => reject(new Error('network'));
    request.send(body);
  });
}
