import type { Locator, Page } from '@playwright/test';
import { checkPage, checkPages } from './axe';
import { createRound, enterTotals, setUpOffice, type Office } from './evaluation-setup';
import { test, expect } from './preview-app';

let office: Office;
let roundId: string;
test.beforeEach(async ({ app }) => {
  office = await setUpOffice(app);
  roundId = await createRound(app, office);
  await enterTotals(app, office, roundId, { a: [92, 94, 90], b: [80, 75, 70], c: [50, 55, 60] });
});

/**
 * Opens an address of the app already running, as its own links do: `page.goto` starts the app again, a
 * cold start each time, and on a loaded machine (load 12-20) the model list then took 3.5-5 s or more to show
 * its rows after the reload, past the 5 s wait.
 */
async function openInApp(page: Page, path: string) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, path);
}

/** Opens a dropdown by its name and checks the page with its list of options showing. */
async function checkOpenSelect(page: Page, scope: Page | Locator, name: string, what: string) {
  await scope.getByRole('combobox', { name }).click();
  const list = page.locator('.ant-select-dropdown:visible');
  await expect(list.locator('.ant-select-item-option').first()).toBeVisible();
  await checkPage(page, what);
  // The keys reach every option, the last one scrolled into view and named by the combobox.
  const options = list.locator('.ant-select-item-option');
  const count = await options.count();
  for (let i = 1; i < count; i++) await page.keyboard.press('ArrowDown');
  const last = options.last();
  await expect(last).toHaveClass(/ant-select-item-option-active/);
  await expect(last).toBeInViewport();
  const active = await scope.getByRole('combobox', { name }).getAttribute('aria-activedescendant');
  expect(await last.getAttribute('id')).toBe(active);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
}

/** Opens a date field's calendar and checks the page with it showing. */
async function checkOpenCalendar(page: Page, scope: Page | Locator, name: string, what: string) {
  await scope.getByRole('textbox', { name }).click();
  await expect(page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')).toBeVisible();
  await checkPage(page, what);
  await page.keyboard.press('Escape');
}

test('every page has no serious accessibility problem and no English accessible name', async ({
  page,
  app,
}) => {
  // axe reads each of twelve pages whole: minutes on a shared two-core machine.
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
    ['Hướng dẫn', '#/huong-dan', 'Hướng dẫn sử dụng'],
  ];
  await checkPages(page, app.url, pages);
});

test('open dropdowns, dialogs and calendars have no serious problem, no English name and no id read out', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });

  // The registration form: its dropdowns of units (enough to scroll) and fields, and a date's calendar.
  const communes = [
    'Bành Trạch',
    'Phúc Lộc',
    'Hà Hiệu',
    'Cao Thượng',
    'Khang Ninh',
    'Nam Mẫu',
    'Địa Linh',
    'Yến Dương',
    'Chu Hương',
    'Mỹ Phương',
  ];
  await app.call('catalogues.addUnits', { type: 'Xã, thị trấn', names: communes.map((c) => `Xã ${c}`) });
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await checkOpenSelect(page, page, 'Đơn vị đăng ký', 'Đăng ký: danh sách đơn vị');
  await checkOpenSelect(page, page, 'Lĩnh vực', 'Đăng ký: danh sách lĩnh vực');
  await checkOpenCalendar(page, page, 'Thời gian bắt đầu', 'Đăng ký: lịch');
  await page.screenshot({ path: 'test-results/a11y-calendar.png' });

  // The model list: a filter's dropdown, and the rows read as a table's rows under its column headers.
  await openInApp(page, '/mo-hinh');
  await expect(page.getByText('Tìm thấy 3 mô hình')).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách mô hình' });
  await expect(table.getByRole('columnheader', { name: 'Tên mô hình' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4); // the header row and the three models
  await expect(table.getByRole('row', { name: /Đoạn đường tự quản/ }).getByRole('cell')).toHaveCount(8);
  // Only the rows in view are drawn: the table says how many there are, and each row its place.
  await expect(table).toHaveAttribute('aria-rowcount', '4');
  const places = await table.getByRole('row').evaluateAll((rows) => rows.map((r) => r.ariaRowIndex));
  expect(places).toEqual(['1', '2', '3', '4']);
  await checkOpenSelect(page, page, 'Lọc theo đơn vị', 'Mô hình: lọc theo đơn vị');
  await page.screenshot({ path: 'test-results/a11y-filter.png' });

  // A model's page: the question before deleting.
  await openInApp(page, `/mo-hinh/2023/${office.modelIds.a}`);
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  const question = page.getByRole('dialog');
  await expect(question).toBeVisible();
  await checkPage(page, 'Mô hình: hỏi trước khi xóa');
  await question.getByRole('button', { name: 'Hủy' }).click();

  // Danh mục: adding a unit (its type's dropdown open), and adding many.
  await openInApp(page, '/danh-muc');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const adding = page.getByRole('dialog', { name: 'Thêm đơn vị' });
  await checkOpenSelect(page, adding, 'Loại đơn vị', 'Danh mục: thêm đơn vị');
  await page.screenshot({ path: 'test-results/a11y-dialog.png' });
  await adding.getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('button', { name: 'Thêm nhiều' }).click();
  const many = page.getByRole('dialog', { name: 'Thêm nhiều đơn vị' });
  await checkOpenSelect(page, many, 'Loại đơn vị', 'Danh mục: thêm nhiều đơn vị');
  await many.getByRole('button', { name: 'Hủy' }).click();

  // A new round: its date's calendar.
  await openInApp(page, '/danh-gia/tao-dot');
  await checkOpenCalendar(page, page, 'Ngày đánh giá', 'Tạo đợt: lịch');

  // The round's results: "Chốt kết quả", then a commendation proposed and its decision written.
  await openInApp(page, `/danh-gia/2023/${roundId}?tab=ket-qua`);
  await page.getByRole('button', { name: 'Chốt kết quả' }).click();
  const closing = page.getByRole('dialog', { name: 'Chốt kết quả đợt đánh giá?' });
  await checkPage(page, 'Kết quả: chốt kết quả');
  await closing.getByRole('button', { name: 'Chốt kết quả' }).click();
  await expect(closing).toBeHidden();
  await page.getByRole('checkbox', { name: /Chọn “Vận động nhân dân giao nộp/ }).check();
  await page.getByRole('button', { name: /Đề nghị khen thưởng/ }).click();
  const proposing = page.getByRole('dialog', { name: 'Đề nghị khen thưởng 1 mô hình' });
  await expect(proposing).toBeVisible();
  await checkPage(page, 'Kết quả: đề nghị khen thưởng');
  await proposing.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
  await expect(proposing).toBeHidden();
  await openInApp(page, '/khen-thuong?nam=2023');
  await page.getByRole('button', { name: 'Ghi quyết định' }).first().click();
  const granting = page.getByRole('dialog');
  await checkOpenCalendar(page, granting, 'Ngày quyết định', 'Khen thưởng: ghi quyết định');
});
