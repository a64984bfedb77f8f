import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { BACKEND_STOPPED_MESSAGE } from '../../electron/backend/bridge/backend-client';
import { addModels, createRound, models, setUpOffice, type Office } from '../e2e/evaluation-setup';
import { flat, pdfText } from '../e2e/pdf';
import {
  answerMessageBoxes,
  answerSaveDialog,
  bridgeCall,
  electronForTests,
  go,
  openApp,
  messageBoxes,
  openedPaths,
  recordOpenedPaths,
  ROOT,
  SKIP_REASON,
  type DvkWindow,
} from './electron-app';

const executablePath = electronForTests();
test.skip(!executablePath, SKIP_REASON);

/** The name main gives the backend's utility process (backend-process.ts). */
const BACKEND_SERVICE = 'Dân vận khéo – dữ liệu';
const TYPED = 'Vận động nhân dân làm đường liên thôn';

/**
 * The pieces of the clerk's day (#12) that exist only in the desktop app: who made a change when no
 * "Người sử dụng" is set (the Windows login, item 9), "Giới thiệu" with the real folders (item 21), printing
 * through Electron's printToPDF and the system print dialog (items 7 and 10), the window's close guarding
 * unsaved typing (item 2), and the backend in its utility process: it holds the data folder, and a save
 * answered before it dies is there after a restart.
 */
test.describe.serial('một ngày làm việc trên ứng dụng Electron', () => {
  let dataDir: string;
  let outDir: string;
  let app: ElectronApplication;
  let page: Page;
  let office: Office;

  const start = async () => {
    ({ app, page } = await openApp(executablePath!, dataDir));
  };
  // The window closes once this call has answered: closing may end the app, and with it the call's channel.
  const closeWindow = () =>
    app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]!;
      setTimeout(() => win.close(), 0);
    });
  const lockOwner = async () =>
    (JSON.parse(await readFile(join(dataDir, '.dvk.lock', 'owner.json'), 'utf8')) as { pid: number }).pid;

  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dvk-e2e-ngay-'));
    outDir = await mkdtemp(join(tmpdir(), 'dvk-e2e-ngay-tep-'));
    await start();
    office = await setUpOffice({ call: bridgeCall(page) });
  });

  test.afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  });

  test('dữ liệu do tiến trình tiện ích giữ: nó giữ khóa thư mục, không phải tiến trình chính', async () => {
    const { mainPid, utilities } = await app.evaluate(({ app: electronApp }) => ({
      mainPid: process.pid,
      utilities: electronApp
        .getAppMetrics()
        .filter((metric) => metric.type === 'Utility')
        .map((metric) => ({ pid: metric.pid, name: metric.name })),
    }));
    const owner = await lockOwner();
    expect(owner).not.toBe(mainPid);
    expect(utilities).toContainEqual({ pid: owner, name: BACKEND_SERVICE });
  });

  test('chưa có “Người sử dụng”: lịch sử ghi tên đăng nhập Windows', async () => {
    expect((await bridgeCall(page)('settings.get')).userName).toBeUndefined();
    await go(page, `#/mo-hinh/2023/${office.modelIds.a}`);
    const history = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Người thực hiện' }) });
    await expect(history.getByRole('row')).toHaveCount(2); // the header, "Đăng ký"
    await expect(history.getByRole('row').last().getByRole('cell').last()).toHaveText(userInfo().username);
  });

  test('“Giới thiệu”: phiên bản, thư mục dữ liệu và nhật ký thật; “Mở thư mục nhật ký”, “Mở thư mục dữ liệu” mở đúng thư mục', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    const logDir = join(dataDir, 'logs');
    await go(page, '#/cai-dat');
    const card = page.locator('.ant-card').filter({ hasText: 'Hướng dẫn và giới thiệu' });
    await card.scrollIntoViewIfNeeded();
    await expect(card.getByRole('row', { name: /Phiên bản/ })).toHaveText(`Phiên bản${version}`);
    await expect(card.getByRole('row', { name: /Thư mục dữ liệu/ })).toHaveText(`Thư mục dữ liệu${dataDir}`);
    await expect(card.getByRole('row', { name: /Thư mục nhật ký/ })).toHaveText(`Thư mục nhật ký${logDir}`);
    // The log the office sends for help: the backend's and the main process's.
    expect(readFileSync(join(logDir, 'app.log'), 'utf8')).toContain('settings.get');
    expect(readFileSync(join(logDir, 'main.log'), 'utf8')).toContain(`INFO  Khởi động ${version}: Electron `);

    // The backend (in its process) asks main to open the folder with Explorer.
    await recordOpenedPaths(app);
    await page.getByRole('button', { name: 'Mở thư mục nhật ký' }).click();
    await expect.poll(() => openedPaths(app)).toEqual([logDir]);
    await card.getByRole('button', { name: 'Mở thư mục dữ liệu' }).click();
    await expect.poll(() => openedPaths(app)).toEqual([logDir, dataDir]);

    // The menu's "Trợ giúp → Giới thiệu" says the same.
    await answerMessageBoxes(app, 'Đóng');
    await app.evaluate(({ Menu }) => {
      const help = Menu.getApplicationMenu()!.items.find((item) => item.label === 'Trợ giúp')!;
      help.submenu!.items.find((item) => item.label === 'Giới thiệu')!.click();
    });
    await expect.poll(() => messageBoxes(app)).toHaveLength(1);
    const [about] = await messageBoxes(app);
    expect(about).toMatchObject({ title: 'Giới thiệu', message: 'Dân vận khéo' });
    expect(about!.detail).toBe(
      `Phiên bản ${version}\n\nThư mục dữ liệu:\n${dataDir}\n\nThư mục nhật ký:\n${logDir}`,
    );
  });

  test('“In phiếu đăng ký” → “Xuất PDF”: tệp A4 dọc, đủ trang như bản xem trước, chữ đọc được', async () => {
    const file = join(outDir, 'Phieu-dang-ky.pdf');
    await answerSaveDialog(app, file);
    await go(page, `#/mo-hinh/2023/${office.modelIds.a}`);
    await page.getByRole('button', { name: 'In phiếu đăng ký' }).click();
    await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
    const previewPages = await page.locator('.print-page-label').count();
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    await expect(page.getByText(`Đã lưu ${file}`)).toBeVisible();

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts/);
    expect(info).toMatch(new RegExp(`Pages:\\s+${previewPages}\\s`));
    const text = flat(pdfText(file, false));
    const labels = [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'PHIẾU ĐĂNG KÝ',
      `Tên mô hình: ${models[0].title}`,
      'Hình thức: Tập thể',
      `Đơn vị đăng ký: ${office.unitName}`,
      'Lĩnh vực: Kinh tế',
      'Loại đăng ký: Đăng ký mới',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ];
    const at = labels.map((label) => text.indexOf(label));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });

  test('bảng tổng hợp hai trang chưa chốt: “DỰ THẢO”, chữ ký cùng trang với các dòng cuối; “In” gửi A4 ngang', async () => {
    const call = bridgeCall(page);
    const extra = await addModels({ call }, office, 2);
    const roundId = await createRound({ call }, office, 'Tổng kết năm 2023 (in thử)');
    for (const [m, modelId] of [...Object.values(office.modelIds), ...extra].entries()) {
      for (const memberId of office.memberIds) {
        await call('sheets.setTotal', { year: 2023, roundId, memberId, modelId, value: 80 + m });
      }
    }
    const file = join(outDir, 'Bang-tong-hop-du-thao.pdf');
    await answerSaveDialog(app, file);
    await go(page, `#/in/bang-tong-hop/2023/${roundId}`);
    await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
    await expect(page.locator('.print-page-label')).toHaveText(['Trang 1/2', 'Trang 2/2']);
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    await expect(page.getByText(`Đã lưu ${file}`)).toBeVisible();

    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+841\.\d+ x 59[45]\.\d+ pts/,
    );
    // printToPDF breaks the paper where the preview did.
    const pages = pdfText(file).split('\f').slice(0, -1);
    expect(pages).toHaveLength(2);
    const lines = pages[0]!.split('\n').map((line) => line.trim());
    expect(lines).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM (DỰ THẢO)');
    const [first, second] = pages.map(flat) as [string, string];
    expect(first).not.toContain('T/M BAN THƯỜNG VỤ');
    expect(second).toContain('T/M BAN THƯỜNG VỤ');
    expect(second).toContain('Hoàng Thị Lan');
    expect(second).toContain(models[2].title.slice(0, 30)); // the last row: the only individual model

    // "In": the system print dialog does not read @page's orientation, so main passes it with A4.
    // On WebContents' prototype: the handler's event.sender need not be the very object the window holds.
    await app.evaluate(({ BrowserWindow }) => {
      const printed: unknown[] = [];
      (globalThis as { printed?: unknown[] }).printed = printed;
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      (Object.getPrototypeOf(contents) as typeof contents).print = (options, callback) => {
        printed.push(options);
        callback?.(false, printed.length === 1 ? 'Print job canceled' : 'Print job failed');
      };
    });
    const printed = () => app.evaluate(() => (globalThis as { printed?: unknown[] }).printed ?? []);
    const options = { silent: false, printBackground: true, landscape: true, pageSize: 'A4' };
    await page.getByRole('button', { name: 'In', exact: true }).click();
    await expect.poll(printed).toEqual([options]);
    // Cancelled in the dialog: nothing to say. Failed: said in Vietnamese.
    await page.getByRole('button', { name: 'In', exact: true }).click();
    await expect.poll(printed).toEqual([options, options]);
    await expect(
      page.getByText('Không in được: máy in báo lỗi. Hãy kiểm tra máy in rồi thử lại.'),
    ).toBeVisible();
    await expect(page.getByText(/Không in được/)).toHaveCount(1);
  });

  test('đóng cửa sổ khi biểu mẫu có thay đổi chưa lưu: hỏi bằng tiếng Việt, “Tiếp tục nhập” giữ lại, “Bỏ thay đổi” đóng', async () => {
    await go(page, '#/mo-hinh/dang-ky');
    const field = page.getByLabel('Tên mô hình', { exact: true });
    await field.click(); // a real gesture: Chromium asks beforeunload only of a page the user touched
    await field.fill(TYPED);

    await answerMessageBoxes(app, 'Tiếp tục nhập');
    const boxesBefore = (await messageBoxes(app)).length;
    await closeWindow();
    await expect.poll(async () => (await messageBoxes(app)).length).toBe(boxesBefore + 1);
    const question = (await messageBoxes(app)).at(-1)!;
    expect(question).toMatchObject({
      title: 'Bỏ các thay đổi chưa lưu?',
      message: 'Bỏ các thay đổi chưa lưu?',
      buttons: ['Bỏ thay đổi', 'Tiếp tục nhập'],
      cancelId: 1,
    });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await expect(field).toHaveValue(TYPED);

    await answerMessageBoxes(app, 'Bỏ thay đổi');
    await Promise.all([app.waitForEvent('close'), closeWindow()]);
  });

  test('đóng cửa sổ khi không có gì chưa lưu: đóng ngay, không hỏi', async () => {
    await start();
    await go(page, '#/mo-hinh/dang-ky');
    await expect(page.getByLabel('Tên mô hình', { exact: true })).toBeVisible();
    // Were it asked, this answer would keep the window open and the wait below would time out.
    await answerMessageBoxes(app, 'Tiếp tục nhập');
    await Promise.all([app.waitForEvent('close'), closeWindow()]);
  });

  test('tiến trình dữ liệu dừng đột ngột: báo bằng tiếng Việt; mô hình đã lưu còn sau khi mở lại', async () => {
    await start();
    await go(page, '#/mo-hinh/dang-ky');
    await page.getByLabel('Tên mô hình', { exact: true }).fill(TYPED);
    await page.getByLabel('Đơn vị đăng ký', { exact: true }).fill('hoang tri');
    await page.keyboard.press('Enter');
    await page.getByLabel('Lĩnh vực', { exact: true }).fill('kinh te');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByRole('heading', { name: TYPED })).toBeVisible();

    // The box stays unanswered (no such button, and its promise is never settled below): the app waits on it.
    await app.evaluate(({ dialog }) => {
      const asked: string[] = [];
      (globalThis as { asked?: string[] }).asked = asked;
      dialog.showMessageBox = ((...args: unknown[]) => {
        asked.push((args.at(-1) as { message: string }).message);
        return new Promise(() => undefined);
      }) as typeof dialog.showMessageBox;
    });
    const backendPid = await lockOwner();
    process.kill(backendPid);
    await expect
      .poll(() => app.evaluate(() => (globalThis as { asked?: string[] }).asked ?? []))
      .toEqual(['Phần xử lý dữ liệu đã dừng đột ngột']);
    // Every call now answers plainly instead of hanging.
    const answer = await page.evaluate(() => (window as unknown as DvkWindow).dvk['settings.get'](undefined));
    expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', message: BACKEND_STOPPED_MESSAGE } });
    await app.close();

    // The dead process's lock is taken over at once, and what was answered is on disk.
    await start();
    expect(await lockOwner()).not.toBe(backendPid);
    const { rows } = (await bridgeCall(page)('models.list', { year: 2023 })) as {
      rows: { title: string }[];
    };
    expect(rows.map((row) => row.title)).toContain(TYPED);
  });
});
