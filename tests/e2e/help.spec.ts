import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guideSteps } from '../../renderer/src/help/guide-steps';
import { flat, pdfText } from './pdf';
import { test, expect } from './preview-app';

test('“Giới thiệu” shows the version, the data and log folders, and leads to the guide', async ({
  page,
  app,
}) => {
  const info = (await app.call('app.info')) as { version: string; dataDir: string; logDir: string };
  expect(info.logDir).toBe(`${app.dataDir}/logs`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  const card = page.locator('.ant-card').filter({ hasText: 'Hướng dẫn và giới thiệu' });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole('heading', { name: 'Giới thiệu' })).toBeVisible();
  await expect(card.getByRole('row', { name: /Phiên bản/ })).toContainText(info.version);
  await expect(card.getByRole('row', { name: /Thư mục dữ liệu/ })).toContainText(info.dataDir);
  await expect(card.getByRole('row', { name: /Thư mục nhật ký/ })).toContainText(info.logDir);
  // The preview cannot open Explorer: it says where the data folder is.
  await card.getByRole('button', { name: 'Mở thư mục dữ liệu' }).click();
  await expect(page.getByText(`Thư mục dữ liệu: ${info.dataDir}`, { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/help.png' });
  await card.getByRole('button', { name: 'Mở hướng dẫn sử dụng' }).click();
  await expect(page.getByRole('heading', { name: 'Hướng dẫn sử dụng' })).toBeVisible();
  await expect(page).toHaveURL(/#\/huong-dan$/);
});

test('“Hướng dẫn” shows the year’s work in order, each step with its pictures', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('menuitem', { name: 'Hướng dẫn' }).click();
  await expect(page.getByRole('heading', { name: 'Hướng dẫn sử dụng' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'Danh mục',
    'Đăng ký',
    'Đánh giá',
    'Khen thưởng',
    'Báo cáo',
  ]);
  // Registration, scores, results, commendations, report: each picture loaded whole, named by its caption.
  const captions = guideSteps.flatMap((s) => s.pictures.map((p) => p.caption));
  expect(captions).toHaveLength(6);
  for (const caption of captions) {
    const picture = page.getByRole('img', { name: caption });
    await picture.scrollIntoViewIfNeeded();
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
      1366, 768,
    ]);
  }
  await page.getByRole('heading', { name: 'Đánh giá' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/guide.png' });
});

test('“In hướng dẫn” prints the guide alone on A4: every step and picture, no sidebar, no button', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/huong-dan`);
  // In a browser the button opens the browser's print dialog; its paper is the page in print media.
  const printed = page.evaluate(
    () => new Promise<boolean>((resolve) => (window.print = () => resolve(true))),
  );
  await page.getByRole('button', { name: 'In hướng dẫn' }).click();
  expect(await printed).toBe(true);
  await page.screenshot({ path: 'test-results/guide-print.png' });
  for (const picture of await page.getByRole('img').all()) {
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
  }
  await page.emulateMedia({ media: 'print' });
  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const file = join(dir, 'huong-dan.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/,
    );
    const text = flat(pdfText(file, false));
    expect(text).toContain('Hướng dẫn sử dụng');
    for (const step of guideSteps) {
      expect(text).toContain(step.title);
      for (const picture of step.pictures) expect(text).toContain(flat(picture.caption));
    }
    // The sidebar and the button stay on screen.
    for (const gone of ['Tổng quan', 'Tên của bạn sẽ được ghi', 'In hướng dẫn'])
      expect(text).not.toContain(gone);
    const pictures = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => /\bimage\b/.test(line));
    expect(pictures).toHaveLength(guideSteps.flatMap((s) => s.pictures).length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
