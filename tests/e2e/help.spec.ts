import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GUIDE_SUBJECT, guideSteps } from '../../renderer/src/help/guide-steps';
import { office } from './evaluation-setup';
import { flat, pdfText, renderGuidePdf } from './pdf';
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

test('“In hướng dẫn” prints the guide alone on A4 under the Party header, as docs/huong-dan-su-dung.pdf holds it', async ({
  page,
  app,
}) => {
  await app.call('settings.update', office);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/huong-dan`);
  // In a browser the button opens the browser's print dialog; its paper is the page in print media.
  const printed = page.evaluate(
    () => new Promise<boolean>((resolve) => (window.print = () => resolve(true))),
  );
  await page.getByRole('button', { name: 'In hướng dẫn' }).click();
  expect(await printed).toBe(true);
  await page.screenshot({ path: 'test-results/guide-print.png' });
  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const file = join(dir, 'huong-dan.pdf');
    await renderGuidePdf(page, file);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/,
    );
    // The Party header (domain.md §7): the office at the left, the Party and the date at the right, the title.
    const [first, ...rest] = pdfText(file).split('\f').slice(0, -1);
    const lines = first!.split('\n').map((l) => l.trim());
    expect(lines.some((l) => l.startsWith('HUYỆN ỦY BA BỂ') && l.endsWith('ĐẢNG CỘNG SẢN VIỆT NAM'))).toBe(
      true,
    );
    expect(lines.some((l) => /^BAN DÂN VẬN\s+Ba Bể, ngày \d\d tháng \d\d? năm \d{4}$/.test(l))).toBe(true);
    expect(lines).toContain('*');
    expect(lines.some((l) => /^Số\s+-HD\/BDVHU$/.test(l))).toBe(true);
    expect(lines).toContain('HƯỚNG DẪN');
    expect(lines).toContain(GUIDE_SUBJECT);
    // Numbered from page 2, in the top margin.
    rest.forEach((text, i) => expect(text.trim().split('\n')[0]!.trim()).toBe(String(i + 2)));

    const text = flat(pdfText(file, false));
    for (const step of guideSteps) {
      expect(text).toContain(step.title);
      for (const picture of step.pictures) expect(text).toContain(flat(picture.caption));
    }
    // The sidebar, the screen's title and the button stay on screen.
    for (const gone of ['Tổng quan', 'Tên của bạn sẽ được ghi', 'In hướng dẫn', 'Hướng dẫn sử dụng'])
      expect(text).not.toContain(gone);
    const pictures = guideSteps.flatMap((s) => s.pictures).length;
    expect(pictureCount(file)).toBe(pictures);

    // The repository's printable guide is this print: the same words from the title on, the same pictures
    // (its office and date are the demo's, on the day `npm run guide:pdf` ran).
    const kept = join(import.meta.dirname, '..', '..', 'docs', 'huong-dan-su-dung.pdf');
    expect(guideBody(kept), 'docs/huong-dan-su-dung.pdf: chạy lại npm run guide:pdf').toBe(guideBody(file));
    expect(pictureCount(kept)).toBe(pictures);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** The pictures a PDF holds. */
const pictureCount = (file: string) =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => /\bimage\b/.test(line)).length;

/** The guide's words from its title on, without the page numbers: what does not depend on the office. */
const guideBody = (file: string) => {
  const text = pdfText(file, false);
  return flat(
    text
      .slice(text.indexOf('HƯỚNG DẪN'))
      .split('\n')
      .filter((line) => !/^\f?\d+$/.test(line.trim()))
      .join('\n'),
  );
};
