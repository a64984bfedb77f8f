import { test, expect } from './preview-app';

const sections = ['Tổng quan', 'Mô hình', 'Đánh giá', 'Khen thưởng', 'Báo cáo', 'Danh mục', 'Cài đặt'];

test('the shell opens with the Vietnamese sidebar, and each section opens its page', async ({
  page,
  app,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(app.url);
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const name of sections) await expect(nav.getByRole('menuitem', { name })).toBeVisible();

  await nav.getByRole('menuitem', { name: 'Báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo', exact: true })).toBeVisible();
  await expect(page.getByText('đang được xây dựng')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/bao-cao$/);
  await expect(page).not.toHaveURL(/token=/); // the token leaves the address bar

  // Nothing is fetched from any other host: fonts and scripts are bundled.
  const origin = new URL(app.url).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
});

test('a page opened without the token cannot reach the data', async ({ page, app }) => {
  await page.goto(app.url.replace(/\?token=.*/, ''));
  await expect(page.getByText('Thiếu hoặc sai mã truy cập (x-dvk-token).').first()).toBeVisible();
});

test('an address without a page says “Không tìm thấy trang” and leads back to “Tổng quan”', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/khong-co-trang-nay`);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByText('Địa chỉ này không có trong phần mềm, hoặc nội dung đã bị xóa.')).toBeVisible();
  // No section holds this address: the sidebar highlights none, not "Tổng quan".
  const selected = page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .locator('.ant-menu-item-selected');
  await expect(selected).toHaveCount(0);
  await page.screenshot({ path: 'test-results/not-found.png' });
  await page.getByRole('button', { name: 'Về trang Tổng quan' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { name: 'Tổng quan', exact: true })).toBeVisible();
  await expect(selected).toHaveText('Tổng quan');

  // A print address that names no document: the same page, worded for printing.
  await page.goto(`${app.url}#/in/khong-co-van-ban`);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy văn bản để in' })).toBeVisible();
  await page.getByRole('button', { name: 'Về trang Tổng quan' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', exact: true })).toBeVisible();
});
