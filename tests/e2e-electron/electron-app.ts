import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { DvkBridge } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/errors';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const SKIP_REASON =
  'Bỏ qua: chưa có tệp chạy Electron (node_modules/electron/dist). Electron 45 không tải nó khi npm ci; ' +
  'khi có mạng, chạy "npx install-electron --no" (hoặc đặt ELECTRON_OVERRIDE_DIST_PATH) rồi chạy lại.';

/**
 * The Electron binary, found the way the `electron` package finds it (path.txt, or ELECTRON_OVERRIDE_DIST_PATH)
 * but without loading that package: requiring it on a machine without the binary starts a download.
 */
export function electronBinary(): string | null {
  const packageDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : 'electron';
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist'), executable);
  return existsSync(binary) ? binary : null;
}

/** The built app (`npm run build`) on its own data folder, as `npm start` runs it. */
export async function launchApp(executablePath: string, dataDir: string): Promise<ElectronApplication> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return _electron.launch({
    executablePath,
    // Chromium refuses to start as root (CI containers) unless its OS sandbox is off; the page's own
    // sandbox and context isolation, which app.spec.ts checks, do not depend on it.
    args: process.getuid?.() === 0 ? ['.', '--no-sandbox'] : ['.'],
    cwd: ROOT,
    env: { ...env, DVK_DATA_DIR: dataDir },
  });
}

/** The page's view of the bridge, for use inside page.evaluate. */
export type DvkWindow = Window & { dvk: DvkBridge };

/** Calls a channel through window.dvk, as the renderer does, and answers its data (throws on a refusal). */
export function bridgeCall(page: Page) {
  return async (channel: string, input?: unknown): Promise<Record<string, unknown>> => {
    const envelope = await page.evaluate(
      ([name, value]) =>
        (window as unknown as { dvk: Record<string, (i: unknown) => Promise<unknown>> }).dvk[name as string]!(
          value,
        ),
      [channel, input] as const,
    );
    const answer = envelope as Envelope<Record<string, unknown>>;
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.data;
  };
}
