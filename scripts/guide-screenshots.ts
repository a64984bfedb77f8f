/**
 * `npm run guide:screenshots` (after `npm run build`): the pictures of the user guide ("Hướng dẫn" in the app
 * and docs/huong-dan-su-dung.md), taken in Debian's Chromium at 1366×768 from the preview on a fresh data
 * folder with "Nạp dữ liệu mẫu", the year in use 2023. Writes docs/hinh/<name>.png, the names that
 * renderer/src/help/guide-steps.ts lists; run it again whenever a pictured screen changes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { guideSteps } from '../renderer/src/help/guide-steps';
import { withDemoOffice } from './demo-office';

const OUT = join(import.meta.dirname, '..', 'docs', 'hinh');

/** The address of each picture's screen. */
const address: Record<string, (ids: { roundId: string; memberId: string }) => string> = {
  'danh-muc': () => '#/danh-muc',
  'dang-ky': () => '#/mo-hinh/dang-ky',
  'nhap-diem': ({ roundId, memberId }) => `#/danh-gia/2023/${roundId}?tab=nhap-diem&thanhvien=${memberId}`,
  'ket-qua': ({ roundId }) => `#/danh-gia/2023/${roundId}?tab=ket-qua`,
  'khen-thuong': () => '#/khen-thuong?nam=2023',
  'bao-cao': () => '#/bao-cao',
};

/** What shows once each page has its data. */
const ready: Record<string, string> = {
  'danh-muc': 'Chi bộ Văn phòng Huyện ủy',
  'dang-ky': 'Thực trạng, lý do xây dựng',
  'nhap-diem': 'đã nhập',
  'ket-qua': 'Mở lại đợt',
  'khen-thuong': 'Ghi quyết định',
  'bao-cao': 'Xuất Word',
};

/** Typing on the registration form, so its picture shows a form being filled in. */
async function fillRegistration(page: Page) {
  await page
    .getByLabel('Tên mô hình', { exact: true })
    .fill('Vận động nhân dân hiến đất, góp ngày công làm đường giao thông nông thôn tại thôn Bản Xả');
  await page.getByLabel('Đơn vị đăng ký', { exact: true }).fill('Chu Huong');
  await page.keyboard.press('Enter');
  await page.getByLabel('Lĩnh vực', { exact: true }).fill('Kinh te');
  await page.keyboard.press('Enter');
  await page.getByLabel('Tên mô hình', { exact: true }).focus();
}

async function main() {
  const names = guideSteps.flatMap((s) => s.pictures.map((p) => p.name));
  const missing = names.filter((n) => !(n in address));
  if (missing.length > 0) throw new Error(`Chưa có cách chụp: ${missing.join(', ')}`);

  await withDemoOffice(async ({ app, call, browser }) => {
    const [round] = await call<{ id: string; memberIds: string[] }[]>('rounds.list', { year: 2023 });
    const ids = { roundId: round!.id, memberId: round!.memberIds[0]! };
    await mkdir(OUT, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const page = await context.newPage();
    for (const name of names) {
      await page.goto(`${app}${address[name]!(ids)}`);
      await page.getByText(ready[name]!).first().waitFor();
      if (name === 'dang-ky') await fillRegistration(page);
      await page.evaluate(() => document.fonts.ready);
      // Let antd's animations (a dropdown closing, a tab's ink bar) come to rest.
      await page.waitForTimeout(500);
      const file = join(OUT, `${name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  });
}

await main();
