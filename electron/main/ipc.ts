import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/contract/channel-names';
import type { Envelope } from '../../shared/contract/errors';
import type { Backend } from '../backend/backend';
import { isRendererUrl } from './app-protocol';

const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ giao diện của ứng dụng nên đã bị từ chối.' },
};

/**
 * One handler per contract channel, each answering only the app's own page: should anything else ever get
 * loaded into a frame (an injected iframe, a page navigated to despite the guards), it gets no data.
 */
export function registerIpc(backend: Backend): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isFromRenderer(event) ? backend.handle(channel, input) : UNAUTHORIZED,
    );
  }
}

function isFromRenderer(event: IpcMainInvokeEvent): boolean {
  try {
    const url = event.senderFrame?.url;
    return url !== undefined && isRendererUrl(url);
  } catch {
    // A frame that navigated away or was destroyed meanwhile throws on access: it is not the page any more.
    return false;
  }
}
