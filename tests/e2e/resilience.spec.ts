import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, type PreviewApp } from './preview-app';

async function addUnit(app: PreviewApp, name: string): Promise<void> {
  await app.call('catalogues.save', {
    kind: 'units',
    item: { name, type: 'Xã, thị trấn', commune: '', active: true },
  });
}

function appLog(app: PreviewApp): Promise<string> {
  return readFile(join(app.dataDir, 'logs', 'app.log'), 'utf8').catch(() => '');
}

test('a model is saved while Windows says the network is gone (cable out, Wi-Fi lost)', async ({
  page,
  context,
  app,
}) => {
  await app.call('settings.update', { yearInUse: 2023 });
  await addUnit(app, 'Xã Thượng Giáo');
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await page.getByLabel('Tên mô hình').fill('Mô hình lưu khi mất mạng');
  await page.getByLabel('Đơn vị đăng ký', { exact: true }).fill('thuong giao');
  await page.keyboard.press('Enter');
  await page.getByLabel('Lĩnh vực', { exact: true }).fill('kinh te');
  await page.keyboard.press('Enter');

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // The desktop app's backend is reached through IPC and its pages' code through app://, which no network
  // state touches. Chromium's offline emulation would also fail the preview's loopback requests (the API and
  // the pages' code loaded on first use), so they are passed on outside it: what is tested is the page's own
  // reaction to "offline", which is the same in both.
  const origin = new URL(app.url).origin;
  await page.route(
    (url) => url.origin === origin,
    async (route) => route.fulfill({ response: await route.fetch() }),
  );

  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mô hình lưu khi mất mạng' })).toBeVisible();
  const list = (await app.call('models.list', { year: 2023 })) as { rows: { title: string }[] };
  expect(list.rows.map((m) => m.title)).toEqual(['Mô hình lưu khi mất mạng']);
  // The model's page may still be asking for more when the test ends and the server stops.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a screen that fails to draw shows a Vietnamese message, the rest of the app keeps working, and the log has the error', async ({
  page,
  app,
}) => {
  // A bug stand-in: the list's answer holds a row that is not a model.
  await page.route('**/api/models.list', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, data: { rows: [null], total: 1 } }),
    }),
  );
  await page.goto(`${app.url}#/mo-hinh`);
  await expect(page.getByText('Đã xảy ra lỗi khi hiển thị màn hình này')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải lại' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sao chép chi tiết' })).toBeEnabled();

  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await expect(page.getByLabel('Tên cơ quan')).toBeVisible();
  await expect(page.getByText('Đã xảy ra lỗi khi hiển thị màn hình này')).toBeHidden();

  await expect.poll(() => appLog(app)).toMatch(/ ERROR renderer render #\/mo-hinh\n {4}\S/);
});

test('a promise rejected without a catch is written to the log', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('menuitem', { name: 'Cài đặt' })).toBeVisible();
  await page.evaluate(() => {
    void Promise.reject(new Error('lời hứa bị từ chối'));
  });
  await expect
    .poll(() => appLog(app))
    .toMatch(/ ERROR renderer unhandled-rejection\n {4}Error: lời hứa bị từ chối\n/);
});

test('“Mở thư mục nhật ký” shows where the log is; the log has a line per call, without the typed text', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/cai-dat`);
  await page.getByLabel('Tên cơ quan').fill('BAN DÂN VẬN XÃ BÍ MẬT');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu cài đặt cơ quan.')).toBeVisible();
  await page.getByRole('button', { name: 'Mở thư mục nhật ký' }).click();
  await expect(page.getByText(`Thư mục nhật ký: ${join(app.dataDir, 'logs')}`)).toBeVisible();

  const log = await appLog(app);
  expect(log).toMatch(/Z INFO {2}settings\.update \d+ ms ok\n/);
  expect(log).toMatch(/Z INFO {2}app\.openLogFolder \d+ ms ok\n/);
  expect(log).not.toContain('BÍ MẬT');
});
