import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './preview-app';

test('office settings are saved to disk and are still there after a restart', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await page.getByLabel('Cấp trên trực tiếp').fill('HUYỆN ỦY BA BỂ');
  await page.getByLabel('Tên cơ quan').fill('BAN DÂN VẬN');
  await page.getByLabel('Ký hiệu cơ quan').fill('BDVHU');
  await page.getByLabel('Địa danh').fill('Ba Bể');
  await page.getByLabel('Năm làm việc').fill('2023');
  await page.getByLabel('Lề trái (mm)').fill('25');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu cài đặt cơ quan.')).toBeVisible();
  await expect(page.locator('.app-brand-office')).toHaveText('BAN DÂN VẬN – HUYỆN ỦY BA BỂ');

  await app.restart();
  await page.reload();
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('BAN DÂN VẬN');
  await expect(page.getByLabel('Địa danh')).toHaveValue('Ba Bể');
  await expect(page.getByLabel('Năm làm việc')).toHaveValue('2023');
  await expect(page.getByLabel('Lề trái (mm)')).toHaveValue('25');
});

test('Ctrl+Enter saves the settings form', async ({ page, app }) => {
  await page.goto(`${app.url}#/cai-dat`);
  await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn A');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Đã lưu cài đặt cơ quan.')).toBeVisible();
  expect((await app.call('settings.get')).signerName).toBe('Nguyễn Văn A');
});

test('a corrupt data file is moved aside, reported in Vietnamese, and the newest backup restores it', async ({
  page,
  app,
}) => {
  await app.call('settings.update', { orgName: 'BAN DÂN VẬN' });
  await app.call('backups.create');
  await app.restart();
  await writeFile(join(app.dataDir, 'office.json'), '{"schemaVersion":1,"settings":{"orgN');
  await app.restart();

  await page.goto(app.url);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Có tệp dữ liệu không đọc được');
  await expect(banner).toContainText('Tệp “office.json” không đọc được: nội dung không phải JSON hợp lệ');
  await expect(banner).toContainText('đã được chuyển sang “corrupt/office.json.');
  await banner.getByRole('button', { name: /Khôi phục bản sao lưu mới nhất/ }).click();
  await page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByText(/Đã khôi phục dữ liệu từ bản sao lưu/)).toBeVisible();
  await expect(banner).toBeHidden();
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await expect(page.getByLabel('Tên cơ quan')).toHaveValue('BAN DÂN VẬN');
});
