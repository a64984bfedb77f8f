import type { Page } from '@playwright/test';
import { formatNumber } from '../../shared/format/number';
import { vietnameseCollator } from '../../shared/text/collate';
import { FORM_LABELS } from '../helpers/form-labels';
import { test, expect, type PreviewApp } from './preview-app';

/** The rows of a year's list as the backend answers it, in its order: what the table shows. */
const listed = async (app: PreviewApp, input: { year: number; search?: string }) =>
  ((await app.call('models.list', input)) as unknown as { rows: { title: string }[] }).rows;

const KINH_TE = '00000000-0000-4000-8000-000000000101'; // a default field ("Kinh tế")

/** Adds a unit through the API and answers its id. */
async function addUnit(app: PreviewApp, name: string): Promise<string> {
  const catalogues = (await app.call('catalogues.save', {
    kind: 'units',
    item: { name, type: 'Xã, thị trấn', commune: '', active: true },
  })) as { units: { id: string; name: string }[] };
  return catalogues.units.find((u) => u.name === name)!.id;
}

/** Registers a model through the API (for tests about what comes after registering). */
async function addModel(app: PreviewApp, unitId: string, title: string, year = 2023) {
  const blank = { personName: '', personPosition: '', commune: '', hamlet: '', situation: '', goals: '' };
  const more = { content: '', participants: '', forces: '', resources: '', expectedResults: '' };
  return (await app.call('models.create', {
    ...blank,
    ...more,
    year,
    title,
    kind: 'collective',
    unitId,
    fieldId: KINH_TE,
    registration: 'new',
    previousId: null,
    replicatesId: null,
    startDate: null,
    endDate: null,
    sustainability: '',
    contactName: '',
    contactPhone: '',
  })) as { id: string; year: number };
}

/** Chooses in an antd Select by typing (diacritics optional) and taking the first match. */
async function choose(page: Page, label: string, typed: string) {
  await page.getByLabel(label, { exact: true }).fill(typed);
  await page.keyboard.press('Enter');
}

test.beforeEach(async ({ app }) => {
  await app.call('settings.update', { yearInUse: 2023 });
});

test('the registration form has the office’s labels, in the office’s order', async ({ page, app }) => {
  await page.goto(`${app.url}#/mo-hinh`);
  await page.getByRole('button', { name: 'Đăng ký mô hình' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng ký mô hình' })).toBeVisible();
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2023'); // the year in use
  await page.getByLabel('Cá nhân', { exact: true }).check();
  await page.getByLabel('Duy trì', { exact: true }).check();
  const labels = await page.locator('form .ant-form-item-label label').allTextContents();
  expect(labels).toEqual(FORM_LABELS);
  // Each label names its input, whatever the kind of input.
  for (const label of labels) await expect(page.getByLabel(label, { exact: true })).toHaveCount(1);
  await expect(page.getByLabel('Lực lượng thực hiện')).toHaveAttribute('placeholder', 'chủ trì, phối hợp');
  await expect(page.getByLabel('Nguồn lực')).toHaveAttribute(
    'placeholder',
    'kinh phí, ngày công, xã hội hóa',
  );
});

test('a model is registered, found without diacritics, edited, trashed and restored', async ({
  page,
  app,
}) => {
  await addUnit(app, 'Xã Thượng Giáo');
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await page.getByLabel('Tên mô hình').fill('Đường giao thông liên thôn tự quản');
  await choose(page, 'Đơn vị đăng ký', 'thuong giao');
  await choose(page, 'Lĩnh vực', 'kinh te');
  await page.getByLabel('Địa bàn (xã, thị trấn)').fill('xã Thượng Giáo');
  await page.getByLabel('Địa bàn (thôn, bản, tổ dân phố)').fill('thôn Nà Làng');
  await page.getByLabel('Thời gian bắt đầu').fill('01/03/2023');
  await page.keyboard.press('Enter');
  await page.getByLabel('Số điện thoại').fill('0209 3876 123');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Đường giao thông liên thôn tự quản' })).toBeVisible();
  await expect(page).toHaveURL(/#\/mo-hinh\/2023\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Đã đăng ký').first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '01/03/2023' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Xã Thượng Giáo', exact: true })).toBeVisible();

  // Found in the list by typing its title without diacritics; the search lives in the address.
  const searchesAsked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/models.list'))
      searchesAsked.push((request.postDataJSON() as { input: { search?: string } }).input.search ?? '');
  });
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('menuitem', { name: 'Mô hình' })
    .click();
  await page.getByLabel('Tìm kiếm').fill('duong giao thong');
  await expect(page).toHaveURL(/q=duong\+giao\+thong/);
  await expect(page.getByText('Tìm thấy 1 mô hình')).toBeVisible();
  // The rows the list held answered the search: the backend was asked for the year's list only.
  expect(searchesAsked.filter((search) => search !== '')).toEqual([]);
  await page.getByRole('row', { name: /Đường giao thông liên thôn tự quản/ }).click();
  await expect(page.getByRole('heading', { name: 'Đường giao thông liên thôn tự quản' })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Tìm kiếm')).toHaveValue('duong giao thong');
  await expect(page.getByText('Tìm thấy 1 mô hình')).toBeVisible();

  // Enter on a focused row opens it too.
  await page.getByRole('row', { name: /Đường giao thông liên thôn tự quản/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sửa' }).click();
  await expect(page.getByRole('heading', { name: 'Sửa mô hình' })).toBeVisible();
  await expect(page.getByLabel('Thời gian bắt đầu')).toHaveValue('01/03/2023');
  await page.getByLabel('Tên mô hình').fill('Đường giao thông liên thôn tự quản, thôn Nà Làng');
  await page.keyboard.press('Control+Enter');
  await expect(
    page.getByRole('heading', { name: 'Đường giao thông liên thôn tự quản, thôn Nà Làng' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Xóa' }).click();
  await page
    .getByRole('dialog', { name: 'Chuyển mô hình vào Thùng rác?' })
    .getByRole('button', { name: 'Chuyển vào Thùng rác' })
    .click();
  await expect(page).toHaveURL(/#\/mo-hinh\?.*q=duong/); // back to the list as it was left
  await expect(page.getByText('Tìm thấy 0 mô hình')).toBeVisible();

  await page.getByRole('button', { name: 'Thùng rác' }).click();
  const row = page.getByRole('row', { name: /Đường giao thông liên thôn tự quản, thôn Nà Làng/ });
  await row.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByText('Thùng rác trống.')).toBeVisible();
  await page.getByRole('link', { name: 'Danh sách mô hình' }).click();
  await expect(page.getByText('Tìm thấy 1 mô hình')).toBeVisible();
});

test('“Cá nhân” without “Họ và tên” is refused beside the field, and what was typed stays', async ({
  page,
  app,
}) => {
  await addUnit(app, 'Hội Nông dân huyện');
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await page.getByLabel('Tên mô hình').fill('Gương nông dân sản xuất giỏi');
  await page.getByLabel('Cá nhân', { exact: true }).check();
  await choose(page, 'Đơn vị đăng ký', 'nong dan');
  await page.getByLabel('Chức vụ').fill('Hội viên');
  await choose(page, 'Lĩnh vực', 'kinh te');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect(page.getByText('Họ và tên: bắt buộc khi hình thức là “Cá nhân”.')).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toBeFocused();
  await expect(page.getByLabel('Tên mô hình')).toHaveValue('Gương nông dân sản xuất giỏi');
  await expect(page).toHaveURL(/#\/mo-hinh\/dang-ky$/);
});

test('the backend’s refusal shows beside its field and keeps the form as typed', async ({ page, app }) => {
  const unitId = await addUnit(app, 'Huyện đoàn');
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await page.getByLabel('Tên mô hình').fill('Thanh niên tình nguyện làm đường');
  await choose(page, 'Đơn vị đăng ký', 'huyen doan');
  await choose(page, 'Lĩnh vực', 'kinh te');
  // Someone removes the unit while the form is open: only the backend can tell.
  await app.call('catalogues.remove', { kind: 'units', id: unitId });
  await page.keyboard.press('Control+Enter');

  await expect(page.getByText('Đơn vị đăng ký: không có trong danh mục.')).toBeVisible();
  await expect(page.getByLabel('Tên mô hình')).toHaveValue('Thanh niên tình nguyện làm đường');
});

test('Esc leaves the form, asking first when something was typed', async ({ page, app }) => {
  await page.goto(`${app.url}#/mo-hinh`);
  await page.getByRole('button', { name: 'Đăng ký mô hình' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng ký mô hình' })).toBeVisible();
  await page.getByLabel('Tên mô hình', { exact: true }).fill('Dân vận khéo');
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
  await expect(discard).toBeVisible();
  await expect(discard.getByRole('button', { name: 'Tiếp tục nhập' })).toBeFocused(); // Enter keeps the work
  await page.getByRole('button', { name: 'Tiếp tục nhập' }).click();
  await expect(page.getByLabel('Tên mô hình')).toHaveValue('Dân vận khéo');

  // Esc in an open drop-down only closes the drop-down.
  await page.getByLabel('Lĩnh vực', { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(page).toHaveURL(/#\/mo-hinh\/dang-ky$/);

  await page.getByLabel('Tên mô hình').focus();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(page).toHaveURL(/#\/mo-hinh$/);
  await expect(page.getByRole('heading', { name: 'Mô hình', exact: true })).toBeVisible();
});

test('continuing a model links it to last year’s and fills the empty fields from it', async ({
  page,
  app,
}) => {
  const unitId = await addUnit(app, 'Xã Chu Hương');
  await addModel(app, unitId, 'Hiến đất làm đường nông thôn mới, thôn Bản Xả', 2022);
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await page.getByLabel('Duy trì', { exact: true }).check();
  await page.getByLabel('Mô hình năm trước').fill('hien dat');
  await page.getByTitle(/Hiến đất làm đường nông thôn mới/).click();
  await expect(page.getByLabel('Tên mô hình')).toHaveValue('Hiến đất làm đường nông thôn mới, thôn Bản Xả');
  await expect(page.locator('.ant-form-item').filter({ hasText: 'Đơn vị đăng ký' })).toContainText(
    'Xã Chu Hương',
  );
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect(
    page.getByRole('heading', { name: 'Hiến đất làm đường nông thôn mới, thôn Bản Xả' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Duy trì', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Hiến đất làm đường nông thôn mới, thôn Bản Xả (2022)' }).click();
  await expect(page).toHaveURL(/#\/mo-hinh\/2022\//);
  await expect(page.getByText('Được duy trì thành')).toBeVisible();
});

test('“Duy trì” is saved without last year’s model when that one is not in the data', async ({
  page,
  app,
}) => {
  await addUnit(app, 'Xã Tân Sơn');
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await page.getByLabel('Tên mô hình').fill('Dân vận khéo trong xây dựng nông thôn mới');
  await choose(page, 'Đơn vị đăng ký', 'tan son');
  await choose(page, 'Lĩnh vực', 'kinh te');
  await page.getByLabel('Duy trì', { exact: true }).check();
  await expect(page.getByText(/^Mô hình năm trước chưa có trong dữ liệu thì để trống/)).toBeVisible();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect(
    page.getByRole('heading', { name: 'Dân vận khéo trong xây dựng nông thôn mới' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Duy trì', exact: true })).toBeVisible();
});

test('selected models are continued into next year in one go', async ({ page, app }) => {
  const unitId = await addUnit(app, 'Xã Nam Mẫu');
  await addModel(app, unitId, 'Bảo vệ rừng đầu nguồn');
  await addModel(app, unitId, 'Giữ gìn bản sắc văn hóa dân tộc');
  await page.goto(`${app.url}#/mo-hinh?nam=2023`);
  await expect(page.getByText('Tìm thấy 2 mô hình')).toBeVisible();
  for (const title of ['Bảo vệ rừng đầu nguồn', 'Giữ gìn bản sắc văn hóa dân tộc'])
    await page.getByRole('checkbox', { name: `Chọn “${title}”` }).check();
  await page.getByRole('button', { name: 'Duy trì sang năm sau (2)' }).click();
  await page.getByRole('button', { name: 'Duy trì', exact: true }).click();
  await expect(page.getByText('Đã tạo 2 mô hình duy trì sang năm sau.')).toBeVisible();

  await page.getByLabel('Lọc theo năm').click();
  await page.getByTitle('Năm 2024').click();
  await expect(page).toHaveURL(/nam=2024/);
  await expect(page.getByText('Tìm thấy 2 mô hình')).toBeVisible();
  await expect(page.getByRole('row', { name: /Bảo vệ rừng đầu nguồn/ })).toContainText('Đã đăng ký');
});

test('the list shows 100 models a page: ticks hold across pages, a sort orders every page, the page is in the address', async ({
  page,
  app,
}) => {
  await app.call('demo.load');
  const rows = await listed(app, { year: 2023 });
  expect(rows.length).toBeGreaterThan(100);
  expect(rows.length).toBeLessThanOrEqual(200);
  const all = formatNumber(rows.length);
  await page.goto(`${app.url}#/mo-hinh?nam=2023`);
  await expect(page.getByText(`Tìm thấy ${all} mô hình`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách mô hình' });
  await expect(table).toHaveAttribute('aria-rowcount', String(rows.length + 1));
  const pages = page.locator('.ant-pagination');
  const firstRow = table.getByRole('row').nth(1); // after the header row
  const firstTitle = firstRow.locator('.model-title-cell');
  await expect(firstRow).toHaveAttribute('aria-rowindex', '2');
  await expect(firstTitle).toHaveText(rows[0]!.title);
  // Only the rows in view are drawn; scrolled to its end, the box shows the page's last row in its place.
  expect(await table.getByRole('row').count()).toBeLessThan(30);
  await table.evaluate((t) => t.parentElement!.scrollTo({ top: t.parentElement!.scrollHeight }));
  const lastRow = table.getByRole('row').last();
  await expect(lastRow).toHaveAttribute('aria-rowindex', '101');
  await expect(lastRow.locator('.model-title-cell')).toHaveText(rows[99]!.title);
  await expect(lastRow).toBeInViewport();

  // Its arrows are named, as in every paged table.
  await expect(pages.getByRole('button', { name: 'Trang sau', exact: true })).toBeVisible();
  // Page 2 is in the address, its rows numbered after the first page's; Back from a model returns to it.
  await pages.getByTitle('2', { exact: true }).click();
  await expect(page).toHaveURL(/trang=2/);
  await expect(firstRow).toHaveAttribute('aria-rowindex', '102');
  await expect(firstTitle).toHaveText(rows[100]!.title);
  await firstRow.click();
  await expect(page.getByRole('heading', { name: rows[100]!.title })).toBeVisible();
  await page.goBack();
  await expect(firstRow).toHaveAttribute('aria-rowindex', '102');

  // A tick on page 2 stays while page 1's header ticks that page; "Chọn tất cả N" ticks every page.
  await firstRow.getByRole('checkbox').check();
  await pages.getByTitle('1', { exact: true }).click();
  await expect(page).not.toHaveURL(/trang=/);
  await table.getByRole('checkbox', { name: 'Chọn các mô hình trên trang này', exact: true }).check();
  await expect(page.getByRole('button', { name: 'Duy trì sang năm sau (101)' })).toBeVisible();
  await page.getByRole('button', { name: `Chọn tất cả ${all} mô hình` }).click();
  await expect(page.getByRole('button', { name: `Duy trì sang năm sau (${all})` })).toBeVisible();
  await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(page.getByRole('button', { name: 'Duy trì sang năm sau', exact: true })).toBeDisabled();

  // A sort orders all the rows, not one page, and starts again at page 1.
  const sorted = rows.map((r) => r.title).sort(vietnameseCollator.compare);
  await pages.getByTitle('2', { exact: true }).click();
  await table.getByRole('columnheader', { name: 'Tên mô hình' }).click();
  await expect(page).not.toHaveURL(/trang=/);
  await expect(firstTitle).toHaveText(sorted[0]!);
  await pages.getByTitle('2', { exact: true }).click();
  await expect(firstTitle).toHaveText(sorted[100]!);

  // The order is in the address beside the page: Back from a model returns to both. A second click sorts
  // the other way.
  await expect(page).toHaveURL(/sapxep=ten(&|$)/);
  await firstRow.click();
  await expect(page.getByRole('heading', { name: sorted[100]! })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/sapxep=ten(&|$)/);
  await expect(firstRow).toHaveAttribute('aria-rowindex', '102');
  await expect(firstTitle).toHaveText(sorted[100]!);
  await table.getByRole('columnheader', { name: 'Tên mô hình' }).click();
  await expect(page).toHaveURL(/sapxep=ten-giam/);
  await expect(firstTitle).toHaveText(sorted[sorted.length - 1]!);
  // A third click leaves the order as given, and a fourth sorts ascending again.
  await table.getByRole('columnheader', { name: 'Tên mô hình' }).click();
  await expect(page).not.toHaveURL(/sapxep=/);
  await expect(firstTitle).toHaveText(rows[0]!.title);
  await table.getByRole('columnheader', { name: 'Tên mô hình' }).click();
  await expect(firstTitle).toHaveText(sorted[0]!);

  // Typing a search shows its first page, the rows it narrows to still in the chosen order.
  const found = await listed(app, { year: 2023, search: 'hoi' });
  await page.getByLabel('Tìm kiếm').pressSequentially('hoi');
  await expect(page.getByText(`Tìm thấy ${formatNumber(found.length)} mô hình`)).toBeVisible();
  await expect(firstRow).toHaveAttribute('aria-rowindex', '2');
  await expect(firstTitle).toHaveText(found.map((r) => r.title).sort(vietnameseCollator.compare)[0]!);
  await expect(page).not.toHaveURL(/trang=/);
});

test('the round’s model chooser shares the list’s table: a tick holds while a search hides it, a row click ticks', async ({
  page,
  app,
}) => {
  await app.call('demo.load');
  const rows = await listed(app, { year: 2023 });
  const found = await listed(app, { year: 2023, search: 'camera' });
  const all = formatNumber(rows.length);
  await page.goto(`${app.url}#/danh-gia/tao-dot`);
  await page.getByText('Chọn mô hình', { exact: true }).click();
  await expect(page.getByText(`Đã chọn 0 mô hình · đang hiện ${all} mô hình`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách mô hình' });
  await table
    .getByRole('checkbox', { name: /^Chọn “/ })
    .first()
    .check();
  await expect(page.getByText(`Đã chọn 1 mô hình · đang hiện ${all} mô hình`)).toBeVisible();

  // A search hides the ticked model; it stays chosen, and the page's header ticks the rows shown.
  await page.getByLabel('Tìm kiếm').fill('camera');
  await page.keyboard.press('Enter');
  const shown = found.length;
  await expect(page.getByText(`Đã chọn 1 mô hình · đang hiện ${shown} mô hình`)).toBeVisible();
  await table.getByRole('checkbox', { name: 'Chọn các mô hình trên trang này', exact: true }).check();
  await expect(page.getByText(`Đã chọn ${shown + 1} mô hình`)).toBeVisible();
  // A click on a row ticks or unticks it (the chooser opens no model).
  await table
    .getByRole('row', { name: new RegExp(found[0]!.title) })
    .first()
    .click();
  await expect(page.getByText(`Đã chọn ${shown} mô hình`)).toBeVisible();
  await expect(
    table.getByRole('checkbox', { name: 'Chọn các mô hình trên trang này', exact: true }),
  ).not.toBeChecked();
});

test('status, outcomes and attachments of a model', async ({ page, app }) => {
  const unitId = await addUnit(app, 'Xã Địa Linh');
  const model = await addModel(app, unitId, 'Vận động nhân dân trồng cây xanh');
  await page.goto(`${app.url}#/mo-hinh/${model.year}/${model.id}`);

  await page.getByLabel('Chuyển trạng thái', { exact: true }).click();
  await page.getByTitle('Đang thực hiện').click();
  await page.getByLabel('Ghi chú chuyển trạng thái').fill('Bắt đầu từ tháng 3');
  await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
  await expect(page.getByRole('row', { name: /Đã đăng ký Đang thực hiện Bắt đầu từ tháng 3/ })).toBeVisible();

  const money = page.getByLabel('Kinh phí huy động');
  await money.fill('1234567');
  await money.blur();
  await expect(money).toHaveValue('1.234.567');
  await page.getByLabel('Cây xanh trồng mới').fill('350');
  await page.getByLabel('Mô tả kết quả').fill('Trồng 350 cây keo ven đường liên thôn.');
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã lưu kết quả đạt được.')).toBeVisible();
  const saved = (await app.call('models.get', { year: model.year, id: model.id })) as {
    model: { outcomes: { narrative: string; values: Record<string, number> } };
  };
  expect(Object.values(saved.model.outcomes.values).sort((a, b) => a - b)).toEqual([350, 1234567]);
  await page.reload();
  await expect(page.getByLabel('Kinh phí huy động')).toHaveValue('1.234.567');

  await page.locator('input[type=file]').setInputFiles({
    name: 'Biên bản họp thôn.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Biên bản họp thôn Nà Làng'),
  });
  const file = page.getByRole('row', { name: /Biên bản họp thôn\.txt/ });
  await expect(file).toBeVisible();
  const download = page.waitForEvent('download');
  await file.getByRole('button', { name: 'Tải về' }).click();
  expect((await download).suggestedFilename()).toBe('Biên bản họp thôn.txt');
  await file.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Chưa có tệp đính kèm nào.')).toBeVisible();
});

test('demo data loads into an empty office, and is refused once models exist', async ({ page, app }) => {
  await page.goto(`${app.url}#/cai-dat`);
  const card = page.locator('.ant-card').filter({ hasText: 'Dữ liệu mẫu' });
  const confirmDemo = page.getByRole('dialog', { name: 'Nạp dữ liệu mẫu?' });
  await card.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await confirmDemo.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(confirmDemo).toBeHidden(); // it stays open, the button spinning, while the data loads
  await expect(page.getByText(/^Đã nạp \d+ mô hình mẫu của \d+ năm \(\d{4}(, \d{4})*\)\.$/)).toBeVisible();

  await page.getByRole('menuitem', { name: 'Mô hình' }).click();
  await page.getByLabel('Lọc theo năm').click();
  await page.getByTitle('Tất cả các năm').click();
  await expect(page.getByText(/Tìm thấy [1-9][\d.]* mô hình/)).toBeVisible();

  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await card.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await confirmDemo.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(confirmDemo).toBeHidden(); // it stays open, the button spinning, while the data loads
  await expect(
    page.getByText('Đã có mô hình trong dữ liệu: chỉ nạp dữ liệu mẫu vào bộ dữ liệu trống.'),
  ).toBeVisible();
});
