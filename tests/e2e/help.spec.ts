import { test, expect } from './preview-app';

test('“Hướng dẫn” lists the year’s work in order; “Giới thiệu” shows the version, the data and log folders', async ({
  page,
  app,
}) => {
  const info = (await app.call('app.info')) as { version: string; dataDir: string; logDir: string };
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  const card = page.locator('.ant-card').filter({ hasText: 'Hướng dẫn và giới thiệu' });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole('heading', { name: 'Hướng dẫn' })).toBeVisible();
  const titles = await card.locator('.ant-steps-item-title').allTextContents();
  expect(titles).toEqual(['1. Danh mục', '2. Đăng ký', '3. Đánh giá', '4. Khen thưởng', '5. Báo cáo']);
  await expect(card.getByRole('row', { name: /Phiên bản/ })).toContainText(info.version);
  await expect(card.getByRole('row', { name: /Thư mục dữ liệu/ })).toContainText(info.dataDir);
  await expect(card.getByRole('row', { name: /Thư mục nhật ký/ })).toContainText(info.logDir);
  expect(info.logDir).toBe(`${app.dataDir}/logs`);
  await page.screenshot({ path: 'test-results/help.png' });
});
