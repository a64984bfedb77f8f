import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { DvkBridge } from '../../shared/contract/bridge';
import { channelNames } from '../../shared/contract/channel-names';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SKIP_REASON =
  'Bỏ qua: chưa có tệp chạy Electron (node_modules/electron/dist). Electron 45 không tải nó khi npm ci; ' +
  'khi có mạng, chạy "npx install-electron --no" (hoặc đặt ELECTRON_OVERRIDE_DIST_PATH) rồi chạy lại.';

/**
 * The Electron binary, found the way the `electron` package finds it (path.txt, or ELECTRON_OVERRIDE_DIST_PATH)
 * but without loading that package: requiring it on a machine without the binary starts a download.
 */
function electronBinary(): string | null {
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

const executablePath = electronBinary();
if (!executablePath) console.log(SKIP_REASON);
test.skip(!executablePath, SKIP_REASON);

/** The page's view of the bridge, for use inside page.evaluate. */
type DvkWindow = Window & { dvk: DvkBridge };

test.describe.serial('ứng dụng Electron', () => {
  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;
  let closed = false;

  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dvk-e2e-electron-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    app = await _electron.launch({
      executablePath: executablePath!,
      // Chromium refuses to start as root (CI containers) unless its OS sandbox is off; the page's own
      // sandbox and context isolation, which the tests below check, do not depend on it.
      args: process.getuid?.() === 0 ? ['.', '--no-sandbox'] : ['.'],
      cwd: ROOT,
      env: { ...env, DVK_DATA_DIR: dataDir },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    if (app && !closed) await app.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('cửa sổ mang tên "Dân vận khéo"', async () => {
    await expect(page).toHaveTitle('Dân vận khéo');
    const windowTitle = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(windowTitle).toBe('Dân vận khéo');
  });

  test('window.dvk có đúng các kênh của hợp đồng, không có hàm gọi chung', async () => {
    const bridge = await page.evaluate(() => {
      const dvk = (window as unknown as DvkWindow).dvk;
      return {
        keys: Object.keys(dvk).sort(),
        allFunctions: Object.values(dvk).every((value) => typeof value === 'function'),
        generic: ['invoke', 'ipcRenderer', 'send', 'on'].filter((name) => name in dvk),
        ipcRendererOnWindow: 'ipcRenderer' in window,
      };
    });
    expect(bridge.keys).toEqual([...channelNames].sort());
    expect(bridge.allFunctions).toBe(true);
    expect(bridge.generic).toEqual([]);
    expect(bridge.ipcRendererOnWindow).toBe(false);
  });

  test('trang không chạm được vào Node (sandbox, contextIsolation)', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
  });

  test('settings.get trả về cài đặt, dùng thư mục dữ liệu DVK_DATA_DIR', async () => {
    const settings = await page.evaluate(() =>
      (window as unknown as DvkWindow).dvk['settings.get'](undefined),
    );
    expect(settings).toMatchObject({ ok: true });
    const info = await page.evaluate(() => (window as unknown as DvkWindow).dvk['app.info'](undefined));
    expect(info).toMatchObject({ ok: true, data: { transport: 'electron', dataDir } });
  });

  test('settings.update từ chối năm không hợp lệ', async () => {
    const result = await page.evaluate(() =>
      (window as unknown as DvkWindow).dvk['settings.update']({ yearInUse: 1 }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  test('khi thoát: nhả khóa thư mục dữ liệu và ghi lại vị trí cửa sổ', async () => {
    await app.close();
    closed = true;
    expect(existsSync(join(dataDir, '.dvk.lock'))).toBe(false);
    const state: unknown = JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'));
    expect(state).toMatchObject({ width: expect.any(Number), height: expect.any(Number), maximized: false });
  });
});
