import type { Page } from '@playwright/test';
import { setUpOffice, type Office } from './evaluation-setup';
import { test, expect } from './preview-app';

let office: Office;
test.beforeEach(async ({ app }) => {
  office = await setUpOffice(app);
});

const sidebar = (page: Page, name: string) => page.getByRole('navigation').getByRole('menuitem', { name });

/** A sidebar click asks first; "Tiếp tục nhập" stays with the typing, "Bỏ thay đổi" leaves. */
async function sidebarAsksFirst(page: Page, field: string, typed: string) {
  await sidebar(page, 'Tổng quan').click();
  const question = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByLabel(field, { exact: true })).toHaveValue(typed);

  // Closing the window asks too (the browser's own question; Electron turns it into a dialog).
  const unload = page.waitForEvent('dialog');
  void page.close({ runBeforeUnload: true });
  const dialog = await unload;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.getByLabel(field, { exact: true })).toHaveValue(typed);

  await sidebar(page, 'Tổng quan').click();
  await question.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(page).toHaveURL(/#\/$/);
}

test('the registration form asks before a sidebar click or a window close drops what was typed', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await page.getByLabel('Tên mô hình', { exact: true }).fill('Vận động nhân dân làm đường');
  await sidebarAsksFirst(page, 'Tên mô hình', 'Vận động nhân dân làm đường');
});

test('the registration form’s own “Hủy” asks too, and leaves only on “Bỏ thay đổi”', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/mo-hinh`);
  await page.getByRole('button', { name: 'Đăng ký mô hình' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng ký mô hình' })).toBeVisible();
  const title = page.getByLabel('Tên mô hình', { exact: true });
  await title.fill('Vận động nhân dân làm đường');
  const cancel = page.getByRole('button', { name: 'Hủy', exact: true });
  await cancel.click();
  const question = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
  await question.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(question).toBeHidden();
  await expect(title).toHaveValue('Vận động nhân dân làm đường');
  await cancel.click();
  await question.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(page).toHaveURL(/#\/mo-hinh$/);
  await expect(page.getByRole('heading', { name: 'Mô hình', exact: true })).toBeVisible();
});

test('the outcome numbers ask before they are left unsaved, and not once saved', async ({ page, app }) => {
  await page.goto(`${app.url}#/mo-hinh/2023/${office.modelIds.a}`);
  await page.getByLabel('Hộ thoát nghèo').fill('12');
  await sidebarAsksFirst(page, 'Hộ thoát nghèo', '12');

  await page.goto(`${app.url}#/mo-hinh/2023/${office.modelIds.a}`);
  await page.getByLabel('Hộ thoát nghèo').fill('12');
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã lưu kết quả đạt được.')).toBeVisible();
  await sidebar(page, 'Tổng quan').click();
  await expect(page).toHaveURL(/#\/$/);
});

test('“Cài đặt cơ quan” asks before a sidebar click drops what was typed', async ({ page, app }) => {
  await page.goto(`${app.url}#/cai-dat`);
  await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Thị Hoa');
  await sidebarAsksFirst(page, 'Người ký', 'Nguyễn Thị Hoa');
});
