import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/contract/channel-names';
import type { Envelope } from '../../shared/contract/errors';
import { fileChannels, type FileChannel } from '../../shared/contract/files';
import { windowChannels, type WindowChannel } from '../../shared/contract/printing';
import type { BackendClient } from '../backend/bridge/backend-client';
import { runValidated } from '../backend/dispatch';
import type { Logger } from '../backend/log/logger';
import { fileHandlers } from './file-saving';
import { windowHandlers } from './printing';
import { isRendererUrl } from './renderer-origin';

const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ giao diện của ứng dụng nên đã bị từ chối.' },
};

/**
 * One handler per contract channel, each answering only the app's own page: should anything else ever get
 * loaded into a frame (an injected iframe, a page navigated to despite the guards), it gets no data.
 */
export function registerIpc(backend: Pick<BackendClient, 'handle'>, log: Logger): void {
  const answeredHere = new Set<string>([...windowChannels, ...fileChannels]);
  for (const channel of channelNames) {
    if (answeredHere.has(channel)) continue;
    ipcMain.handle(channel, (event, input: unknown) =>
      isFromRenderer(event) ? backend.handle(channel, input) : UNAUTHORIZED,
    );
  }
  // Printing needs the window that asked, which only this process has.
  for (const channel of windowChannels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isFromRenderer(event)
        ? runValidated<WindowChannel>(channel, input, windowHandlers(event.sender, log)[channel])
        : UNAUTHORIZED,
    );
  }
  // Saving a built file asks where, with a dialog over the window that asked.
  for (const channel of fileChannels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isFromRenderer(event)
        ? runValidated<FileChannel>(channel, input, fileHandlers(event.sender)[channel])
        : UNAUTHORIZED,
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
