import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createRound, enterTotals, setUpOffice, type Office } from './evaluation-setup';
import { test, expect } from './preview-app';

let office: Office;
let roundId: string;
test.beforeEach(async ({ app }) => {
  office = await setUpOffice(app);
  roundId = await createRound(app, office);
  await enterTotals(app, office, roundId, { a: [92, 94, 90], b: [80, 75, 70], c: [50, 55, 60] });
});

/** English words that antd and its icons put in accessible names when nobody names a thing in Vietnamese. */
const ENGLISH =
  /\b(Increase Value|Decrease Value|segmented control|plus|search|loading|close|delete|edit|dashboard|audit|trophy|setting|unordered-list|file-text|appstore|arrow-\w+|retweet|printer|download|upload|down|up|left|right|check|calendar|swap-right|exclamation-circle|info-circle)\b/;

/** Serious and critical axe violations on the page as it is now, and English in its accessibility tree. */
async function checkPage(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect.soft(bad, what).toEqual([]);
  const tree = await page.locator('body').ariaSnapshot();
  const english = tree.split('\n').filter((line) => !line.includes('/url:') && ENGLISH.test(line));
  expect.soft(english, what).toEqual([]);
}

test('every page has no serious accessibility problem and no English accessible name', async ({
  page,
  app,
}) => {
  // axe reads each of eleven pages whole: minutes on a shared two-core machine.
  test.setTimeout(300_000);
  const pages: [string, string, string][] = [
    ['Tổng quan', '#/', 'Tổng quan'],
    ['Mô hình', '#/mo-hinh', 'Tìm thấy 3 mô hình'],
    ['Đăng ký mô hình', '#/mo-hinh/dang-ky', 'Tên mô hình'],
    ['Mô hình (chi tiết)', `#/mo-hinh/2023/${office.modelIds.a}`, 'Kết quả đạt được'],
    ['Đánh giá', '#/danh-gia', 'Tổng kết năm 2023'],
    ['Đợt đánh giá', `#/danh-gia/2023/${roundId}?tab=nhap-diem`, 'Nhập điểm'],
    ['Kết quả', `#/danh-gia/2023/${roundId}?tab=ket-qua`, 'Tiêu biểu'],
    ['Khen thưởng', '#/khen-thuong', 'Khen thưởng'],
    ['Báo cáo', '#/bao-cao', 'Báo cáo'],
    ['Danh mục', '#/danh-muc', 'Danh mục'],
    ['Cài đặt', '#/cai-dat', 'Cài đặt cơ quan'],
  ];
  for (const [what, path, shown] of pages) {
    await page.goto(`${app.url}${path}`);
    await expect(page.getByText(shown).first()).toBeVisible();
    await checkPage(page, what);
  }
});
