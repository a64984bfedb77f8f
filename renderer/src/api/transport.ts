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

function httpTransport(token: string): Transport {
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dvk-token': token },
        body: JSON.stringify({ input }),
      });
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
