import { readFile } from 'node:fs/promises';
import { test, expect } from './preview-app';

test('"Sao lưu ra tệp" then "Khôi phục từ tệp" brings the saved data back after a confirmation', async ({
  page,
  app,
}) => {
  await app.call('settings.update', { orgName: 'BAN DÂN VẬN' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/cai-dat`);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sao lưu ra tệp' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Sao lưu Dân vận khéo \d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = await readFile((await file.path())!);

  await app.call('settings.update', { orgName: 'TÊN ĐÃ ĐỔI' });
  await page.locator('input[type=file][accept=".zip,application/zip"]').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/zip',
    buffer: bytes,
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Khôi phục từ tệp sao lưu?');
  await expect(dialog).toContainText('BAN DÂN VẬN');
  await page.screenshot({ path: 'test-results/backup-file-preview.png' });
  await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByText(/Đã khôi phục dữ liệu từ tệp sao lưu/)).toBeVisible();
  expect((await app.call('settings.get')).orgName).toBe('BAN DÂN VẬN');

  await page.locator('input[type=file][accept=".zip,application/zip"]').setInputFiles({
    name: 'bao-cao.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('không phải tệp nén'),
  });
  await expect(page.getByText('Tệp không phải là tệp sao lưu của Dân vận khéo')).toBeVisible();
});
