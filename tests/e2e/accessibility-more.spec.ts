import { checkPage, checkPages } from './axe';
import { createRound, enterTotals, setUpOffice, type Office } from './evaluation-setup';
import { test, expect } from './preview-app';

/**
 * The pages `accessibility.spec` does not open: the print views (each a page of its own, opened from a
 * button), the forms for editing, the other tabs, the trash and the page for an unknown address. Each is
 * also pictured at 1366×768 (test-results/axe-*.png) to be looked at.
 */

let office: Office;
let roundId: string;
test.beforeEach(async ({ app }) => {
  office = await setUpOffice(app);
  roundId = await createRound(app, office);
  await enterTotals(app, office, roundId, { a: [92, 94, 90], b: [80, 75, 70], c: [50, 55, 60] });
});

test('every print view has no serious accessibility problem and no English accessible name', async ({
  page,
  app,
}) => {
  // axe reads nine views whole, some of several pages: minutes on a shared two-core machine.
  test.setTimeout(300_000);
  await app.call('rounds.finalise', { year: 2023, roundId, note: '' });
  await app.call('commendations.propose', {
    year: 2023,
    modelIds: [office.modelIds.a],
    form: 'Giấy khen',
    formOther: '',
    issuer: 'Ban Thường vụ Huyện ủy',
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  const views: [string, string][] = [
    ['phieu-cham-diem-trang', `#/in/phieu-cham-diem/2023/${roundId}/trang`],
    ['phieu-cham-diem', `#/in/phieu-cham-diem/2023/${roundId}/da-cham?thanhvien=${office.memberIds[0]}`],
    ['bang-tong-hop', `#/in/bang-tong-hop/2023/${roundId}`],
    ['tong-quan', '#/in/tong-quan/2023'],
    ['khen-thuong', '#/in/khen-thuong/2023'],
    ['cong-nhan', '#/in/cong-nhan/2023'],
    ['danh-sach-mo-hinh', '#/in/danh-sach-mo-hinh/2023'],
    ['phieu-dang-ky', `#/in/phieu-dang-ky/2023/${office.modelIds.c}`],
  ];
  for (const [what, path] of views) {
    await page.goto(`${app.url}${path}`);
    await expect(page.locator('.print-root[data-ready="true"]'), what).toBeVisible();
    // Back to the app, print, the page count: the toolbar is named in Vietnamese like the rest.
    await expect(page.getByRole('button', { name: 'In', exact: true }), what).toBeVisible();
    await checkPage(page, `In: ${what}`);
    await page.screenshot({ path: `test-results/axe-in-${what}.png` });
  }
  await page.goto(`${app.url}#/in/khong-co-van-ban`);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy văn bản để in' })).toBeVisible();
  await checkPage(page, 'In: không có văn bản');
});

test('the editing forms, the other tabs, the trash and an unknown address have no serious problem either', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  await app.call('models.trash', { year: 2023, id: office.modelIds.b });
  await page.setViewportSize({ width: 1366, height: 768 });
  const pages: [string, string, string][] = [
    ['thung-rac', '#/mo-hinh/thung-rac', 'Thùng rác'],
    ['sua-mo-hinh', `#/mo-hinh/2023/${office.modelIds.a}/sua`, 'Sửa mô hình'],
    ['tao-dot', '#/danh-gia/tao-dot', 'Tạo đợt đánh giá'],
    ['sua-dot', `#/danh-gia/2023/${roundId}/sua`, 'Sửa đợt đánh giá'],
    ['bo-tieu-chi', '#/danh-gia?bang=tieu-chi', 'Bộ tiêu chí mô hình tập thể'],
    ['dot-in', `#/danh-gia/2023/${roundId}?tab=in`, 'In bảng tổng hợp'],
    ['linh-vuc', '#/danh-muc?bang=fields', 'Văn hóa - xã hội'],
    ['chi-tieu', '#/danh-muc?bang=indicators', 'Đất hiến'],
    ['thanh-vien', '#/danh-muc?bang=members', 'Trần Thị Bình'],
    ['khong-tim-thay', '#/khong-co-trang-nay', 'Không tìm thấy trang'],
  ];
  await checkPages(page, app.url, pages, true);
});
