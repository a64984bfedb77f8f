import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';
import type { MessageBoxOptions } from 'electron';
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

/**
 * The binary for a spec file, which skips (with SKIP_REASON) where it is absent. Where the run exists to
 * drive the real app (DVK_ELECTRON_REQUIRED, set by the Windows workflow) an absent binary fails the file
 * instead: a skipped desktop test there would pass while testing nothing.
 */
export function electronForTests(): string | null {
  const binary = electronBinary();
  if (binary) return binary;
  if (process.env.DVK_ELECTRON_REQUIRED) {
    throw new Error(`DVK_ELECTRON_REQUIRED đã đặt nhưng ${SKIP_REASON.slice('Bỏ qua: '.length)}`);
  }
  console.log(SKIP_REASON);
  return null;
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

/** The built app on `dataDir`, once its window shows the sidebar (the backend has opened the folder). */
export async function openApp(
  executablePath: string,
  dataDir: string,
): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await launchApp(executablePath, dataDir);
  const page = await app.firstWindow();
  await expect(page.getByRole('menuitem', { name: 'Cài đặt' })).toBeVisible();
  return { app, page };
}

/** Moves the page to a route, as a link would. */
export const go = (page: Page, hash: string): Promise<void> =>
  page.evaluate((h) => void (window.location.hash = h), hash);

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

/*
 * The system's own dialogs and Windows' "open with" are the only stand-ins in the Electron specs: a test cannot
 * click them, so the main process's functions answer as the user would, and record what they were asked.
 */

type Recorded = { opened?: string[]; boxes?: MessageBoxOptions[]; answer?: string };

/** The save dialogs from now on answer `path`, as a user choosing that file would. */
export async function answerSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: file });
  }, path);
}

/** Paths main asks Windows to open (shell.openPath) are recorded and answered as opened; see `openedPaths`. */
export async function recordOpenedPaths(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ shell }) => {
    const recorded = globalThis as Recorded;
    recorded.opened = [];
    shell.openPath = async (path: string) => {
      recorded.opened!.push(path);
      return '';
    };
  });
}

export const openedPaths = (app: ElectronApplication): Promise<string[]> =>
  app.evaluate(() => (globalThis as Recorded).opened ?? []);

/**
 * Main's message boxes (sync or not) from now on answer the button labelled `answer`, and are recorded;
 * see `messageBoxes`. A box without that button answers its cancel button, as closing it would.
 */
export async function answerMessageBoxes(app: ElectronApplication, answer: string): Promise<void> {
  await app.evaluate(({ dialog }, label) => {
    const recorded = globalThis as Recorded;
    recorded.boxes ??= [];
    recorded.answer = label;
    const respond = (...args: unknown[]) => {
      const options = args.at(-1) as MessageBoxOptions;
      recorded.boxes!.push(options);
      const index = (options.buttons ?? []).indexOf(recorded.answer!);
      return index >= 0 ? index : (options.cancelId ?? 0);
    };
    dialog.showMessageBoxSync = respond as typeof dialog.showMessageBoxSync;
    dialog.showMessageBox = (async (...args: unknown[]) => ({
      response: respond(...args),
      checkboxChecked: false,
    })) as typeof dialog.showMessageBox;
  }, answer);
}

export const messageBoxes = (app: ElectronApplication): Promise<MessageBoxOptions[]> =>
  app.evaluate(() => (globalThis as Recorded).boxes ?? []);
