import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser';
import { freePort, previewCall, startServer, stopServer } from '../tests/e2e/preview-app';

export interface DemoOffice {
  /** The app's address with its token, to which a screen's `#/…` is added. */
  app: string;
  call: ReturnType<typeof previewCall>;
  browser: Browser;
}

/**
 * The built preview on a fresh data folder with "Nạp dữ liệu mẫu" (the year in use 2023, "Nguyễn Thị Mai" at
 * the keyboard) and Debian's Chromium, for the user guide's pictures and its PDF; all removed after `use`.
 */
export async function withDemoOffice(use: (office: DemoOffice) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dvk-guide-'));
  const token = randomBytes(12).toString('hex');
  const port = await freePort();
  const server = await startServer(port, dataDir, token);
  const origin = `http://127.0.0.1:${port}`;
  const call = previewCall(origin, token);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    await call('demo.load');
    await call('settings.update', { yearInUse: 2023, userName: 'Nguyễn Thị Mai' });
    await use({ app: `${origin}/?token=${token}`, call, browser });
  } finally {
    await browser.close();
    await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  }
}
