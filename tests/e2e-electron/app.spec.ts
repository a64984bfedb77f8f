import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { channelNames } from '../../shared/contract/channel-names';
import { electronForTests, launchApp, SKIP_REASON, type DvkWindow } from './electron-app';

const executablePath = electronForTests();
test.skip(!executablePath, SKIP_REASON);

test.describe.serial('ứng dụng Electron', () => {
  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;
  let closed = false;

  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dvk-e2e-electron-'));
    app = await launchApp(executablePath!, dataDir);
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

  test('trang được ghi vào bộ nhớ tạm (“Sao chép chi tiết”), không được đọc nó hay xin quyền khác', async () => {
    // The Permissions API asks the session's permission check handler (security.ts), focused or not.
    const states = await page.evaluate(async () => {
      const state = async (name: string) =>
        (await navigator.permissions.query({ name: name as PermissionName })).state;
      return {
        write: await state('clipboard-write'),
        read: await state('clipboard-read'),
        notifications: await state('notifications'),
      };
    });
    expect(states).toEqual({ write: 'granted', read: 'denied', notifications: 'denied' });
  });

  test('settings.get trả về cài đặt, dùng thư mục dữ liệu DVK_DATA_DIR', async () => {
    const settings = await page.evaluate(() =>
      (window as unknown as DvkWindow).dvk['settings.get'](undefined),
    );
    expect(settings).toMatchObject({ ok: true });
    const info = await page.evaluate(() => (window as unknown as DvkWindow).dvk['app.info'](undefined));
    expect(info).toMatchObject({
      ok: true,
      data: { transport: 'electron', dataDir, logDir: join(dataDir, 'logs') },
    });
  });

  test('settings.update từ chối năm không hợp lệ', async () => {
    const result = await page.evaluate(() =>
      (window as unknown as DvkWindow).dvk['settings.update']({ yearInUse: 1 }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  test('khóa một phiên theo thư mục dữ liệu: cùng thư mục thì thoát ngay, thư mục khác thì mở được', async () => {
    const sameFolder = await launchApp(executablePath!, dataDir).then(
      (second) => second.waitForEvent('close', { timeout: 30_000 }).then(() => 'đã thoát'),
      () => 'đã thoát', // ended before Playwright could attach: quitting at once too
    );
    expect(sameFolder).toBe('đã thoát');

    const otherDir = await mkdtemp(join(tmpdir(), 'dvk-e2e-electron-khac-'));
    try {
      const other = await launchApp(executablePath!, otherDir);
      try {
        await expect(await other.firstWindow()).toHaveTitle('Dân vận khéo');
      } finally {
        await other.close();
      }
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  test('khi thoát: nhả khóa thư mục dữ liệu và ghi lại vị trí cửa sổ', async () => {
    await app.close();
    closed = true;
    expect(existsSync(join(dataDir, '.dvk.lock'))).toBe(false);
    const state: unknown = JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8'));
    expect(state).toMatchObject({ width: expect.any(Number), height: expect.any(Number), maximized: false });
    // Chromium's caches and profile live outside the data folder (profile-folder.ts).
    const chromiumFiles = ['Cache', 'Code Cache', 'GPUCache', 'Local State', 'Session Storage', 'Crashpad'];
    expect((await readdir(dataDir)).filter((name) => chromiumFiles.includes(name))).toEqual([]);
    expect(existsSync(join(dataDir, 'logs', 'app.log'))).toBe(true);
  });
});
