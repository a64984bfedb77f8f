import { longListWorkbook } from '../helpers/long-list';
import { test, expect } from './preview-app';

test('a long list shows how its reading goes and "Hủy" abandons it: nothing kept, its commit refused', async ({
  page,
  app,
}) => {
  await app.call('settings.update', { yearInUse: 2023 });
  await app.call('catalogues.save', {
    kind: 'units',
    item: { name: 'Xã Chu Hương', type: 'Xã, thị trấn', commune: '', active: true },
  });
  const file = await longListWorkbook(30_000, ['Xã Chu Hương'], ['Kinh tế']);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/mo-hinh`);
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập từ Excel — năm 2023' });
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/imports.preview'));
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'DS tinh.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  const { jobId } = ((await sent).postDataJSON() as { input: { jobId: string } }).input;

  // The backend's own phase and a percent past 0, while the file is being read.
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(
    /^“DS tinh\.xlsx”: (Đang đọc trang tính|Đang dựng bảng tính|Đang đọc các dòng|Đang đối chiếu với danh mục)… [1-9]\d?%Hủy$/,
  );
  await page.screenshot({ path: 'test-results/import-progress.png' });
  // exceljs then builds its workbook in one step that cannot report: named, not a percent standing still.
  await expect(status).toHaveText(/^“DS tinh\.xlsx”: Đang dựng bảng tính… 42%Hủy$/, { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/import-building.png' });
  await status.getByRole('button', { name: 'Hủy' }).click();
  await expect(status).toBeHidden();
  await expect(dialog.getByText('Chọn hoặc kéo thả tệp Excel (.xlsx)')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nhập 0 mô hình' })).toBeDisabled();

  expect(await app.call('jobs.progress', { jobId })).toMatchObject({ state: 'cancelled' });
  await expect(
    app.call('imports.commit', {
      importId: jobId,
      skipProblemRows: true,
      mappings: { units: {}, fields: {} },
    }),
  ).rejects.toThrow('Lần nhập này đã được hủy nên không có gì được ghi');
  expect(await app.call('models.list', { year: 2023 })).toMatchObject({ rows: [] });
});

test('a large file shows how its upload to the preview goes before the backend reads it', async ({
  page,
  app,
}) => {
  await app.call('settings.update', { yearInUse: 2023 });
  const file = await longListWorkbook(30_000, ['Xã Chu Hương'], ['Kinh tế']);
  // A slow link: the file (about 1.6 MB as sent) takes seconds to go up.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 256 * 1024,
  });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/mo-hinh`);
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập từ Excel — năm 2023' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'DS tinh.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  const status = dialog.getByRole('status');
  // Sent part by part: a percent past 0 and short of 100 while it goes, then the backend's own phases.
  await expect(status).toHaveText(/^“DS tinh\.xlsx”: Đang gửi tệp đi… [1-9]\d?%Hủy$/);
  await page.screenshot({ path: 'test-results/import-upload.png' });
  const first = Number(/(\d+)%/.exec((await status.textContent())!)![1]);
  await expect
    .poll(async () => Number(/gửi tệp đi… (\d+)%/.exec((await status.textContent()) ?? '')?.[1] ?? 100))
    .toBeGreaterThan(first);
  await expect(status).toHaveText(
    /Đang (mở tệp|đọc trang tính|dựng bảng tính|đọc các dòng|đối chiếu với danh mục)… \d+%/,
    {
      timeout: 30_000,
    },
  );
  await status.getByRole('button', { name: 'Hủy' }).click();
  await expect(status).toBeHidden();
});
