import { blankModelForm } from '../../shared/domain/model';
import { checkPage } from './axe';
import { test, expect } from './preview-app';

test('a unit is added, refused a duplicate name, and deactivated', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Danh mục' }).click();
  await expect(page.getByRole('tab', { name: 'Đơn vị' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
  await dialog.getByLabel('Tên đơn vị').fill('Xã Yến Dương');
  await dialog.getByLabel('Loại đơn vị').click();
  await page.getByTitle('Xã, thị trấn', { exact: true }).click();
  await dialog.getByLabel('Thuộc xã, thị trấn').fill('Yến Dương');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /Xã Yến Dương/ });
  await expect(row).toContainText('Đang sử dụng');

  // The backend refuses a second unit of the same name, beside the name.
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await dialog.getByLabel('Tên đơn vị').fill('xã yến dương');
  await dialog.getByLabel('Loại đơn vị').click();
  await page.getByTitle('Khác', { exact: true }).click();
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByText('Tên này đã có trong danh mục.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  await row.getByRole('button', { name: 'Ngừng sử dụng' }).click();
  await expect(row).toContainText('Ngừng sử dụng');
  await expect(row.getByRole('button', { name: 'Sử dụng lại' })).toBeVisible();
  const { units } = (await app.call('catalogues.get')) as { units: { name: string; active: boolean }[] };
  expect(units).toEqual([expect.objectContaining({ name: 'Xã Yến Dương', active: false })]);

  // A deactivated unit is no longer offered for new registrations.
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  await page.getByLabel('Đơn vị đăng ký').fill('yen duong');
  await expect(page.getByText('Không có đơn vị đang sử dụng nào khớp.')).toBeVisible();
});

test('a unit that a model uses cannot be deleted; an unused one can', async ({ page, app }) => {
  const saved = (await app.call('catalogues.save', {
    kind: 'units',
    item: {
      name: 'Chi bộ Văn phòng Huyện ủy',
      type: 'Chi bộ, đảng bộ trực thuộc',
      commune: '',
      active: true,
    },
  })) as { units: { id: string }[] };
  await app.call('catalogues.save', {
    kind: 'units',
    item: {
      name: 'Hội Cựu chiến binh huyện',
      type: 'Mặt trận Tổ quốc và các đoàn thể',
      commune: '',
      active: true,
    },
  });
  await app.call('models.create', {
    ...blankModelForm(2023),
    title: 'Vận động nhân dân xây dựng và bảo vệ môi trường xanh, sạch, đẹp',
    unitId: saved.units[0]!.id,
    fieldId: '00000000-0000-4000-8000-000000000102',
  });

  await page.goto(`${app.url}#/danh-muc`);
  const used = page.getByRole('row', { name: /Chi bộ Văn phòng Huyện ủy/ });
  await used.getByRole('button', { name: 'Xóa' }).click();
  await page
    .getByRole('tooltip', { name: /Chi bộ Văn phòng Huyện ủy/ })
    .getByRole('button', { name: 'Xóa' })
    .click();
  await expect(
    page.getByText(
      'Không thể xóa đơn vị này vì đang được 1 mô hình sử dụng. Hãy chọn “Ngừng sử dụng” thay vì xóa.',
    ),
  ).toBeVisible();
  await expect(used).toBeVisible();

  const unused = page.getByRole('row', { name: /Hội Cựu chiến binh huyện/ });
  await unused.getByRole('button', { name: 'Xóa' }).click();
  await page
    .getByRole('tooltip', { name: /Hội Cựu chiến binh huyện/ })
    .getByRole('button', { name: 'Xóa' })
    .click();
  await expect(page.getByText('Đã xóa đơn vị “Hội Cựu chiến binh huyện”.')).toBeVisible();
  await expect(unused).toBeHidden();
});

test('the other catalogues use the same table: an indicator with its measure', async ({ page, app }) => {
  await page.goto(`${app.url}#/danh-muc`);
  await page.getByRole('tab', { name: 'Chỉ tiêu kết quả' }).click();
  await expect(page).toHaveURL(/bang=indicators/);
  await expect(page.getByRole('row', { name: /Đất hiến m²/ })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm chỉ tiêu' });
  await dialog.getByLabel('Tên chỉ tiêu').fill('Công trình vệ sinh được xây mới');
  await dialog.getByLabel('Đơn vị tính').press('Enter');
  await expect(dialog.getByText('Đơn vị tính: không được để trống.')).toBeVisible();
  await dialog.getByLabel('Đơn vị tính').fill('công trình');
  await dialog.getByLabel('Đơn vị tính').press('Enter');
  await expect(page.getByRole('row', { name: /Công trình vệ sinh được xây mới công trình/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Thành viên Ban Chỉ đạo' }).click();
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const member = page.getByRole('dialog', { name: 'Thêm thành viên' });
  await member.getByLabel('Họ và tên').fill('Nguyễn Văn A');
  await member.getByLabel('Chức vụ').fill('Trưởng Ban Dân vận');
  await member.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('row', { name: /Nguyễn Văn A Trưởng Ban Dân vận/ })).toBeVisible();
});

test('"Thêm nhiều" adds a pasted list of units, or none when a name is taken', async ({ page, app }) => {
  await app.call('catalogues.save', {
    kind: 'units',
    item: { name: 'Xã Nam Mẫu', type: 'Xã, thị trấn', commune: '', active: true },
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: 'Danh mục' }).click();
  await page.getByRole('button', { name: 'Thêm nhiều' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm nhiều đơn vị' });
  await dialog.getByLabel('Loại đơn vị').click();
  await page.getByTitle('Xã, thị trấn', { exact: true }).click();
  const names = dialog.getByLabel('Tên đơn vị (mỗi dòng một tên)');
  await names.fill('Xã Quảng Khê\n\nxã nam  mẫu\nXã Hà Hiệu\nXÃ HÀ HIỆU\n');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    dialog.getByText(
      'Tên đã có trong danh mục hoặc lặp lại trong danh sách: “xã nam mẫu”, “XÃ HÀ HIỆU”. Chưa thêm đơn vị nào.',
    ),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/units-batch-refused.png' });
  const before = (await app.call('catalogues.get')) as { units: { name: string }[] };
  expect(before.units.map((u) => u.name)).toEqual(['Xã Nam Mẫu']);

  await names.fill('Xã Quảng Khê\n\nXã Hà Hiệu\n');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Xã Quảng Khê/ })).toContainText('Xã, thị trấn');
  await page.screenshot({ path: 'test-results/units-batch-added.png' });
  const after = (await app.call('catalogues.get')) as { units: { name: string; type: string }[] };
  expect(after.units.map((u) => [u.name, u.type])).toEqual([
    ['Xã Hà Hiệu', 'Xã, thị trấn'],
    ['Xã Nam Mẫu', 'Xã, thị trấn'],
    ['Xã Quảng Khê', 'Xã, thị trấn'],
  ]);
});

test('a list of more than 50 units pages with arrows named in Vietnamese, and has no serious accessibility problem', async ({
  page,
  app,
}) => {
  const names = Array.from({ length: 51 }, (_, i) => `Thôn Nà ${String(i + 1).padStart(2, '0')}`);
  await app.call('catalogues.addUnits', { type: 'Khác', names });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/danh-muc`);
  await expect(page.getByRole('row', { name: /Thôn Nà 50/ })).toBeVisible();
  // The arrow buttons themselves are named (a screen reader lands on them), as their list items' titles say.
  const pages = page.locator('.ant-pagination');
  await expect(pages.getByRole('button', { name: 'Trang trước', exact: true })).toBeVisible();
  await expect(pages.getByTitle('Trang trước', { exact: true })).toHaveAttribute('aria-disabled', 'true');
  await pages.getByRole('button', { name: 'Trang sau', exact: true }).click();
  await expect(page.getByRole('row', { name: /Thôn Nà 51/ })).toBeVisible();
  await checkPage(page, 'Danh mục: trang 2 của 51 đơn vị');
  await page.screenshot({ path: 'test-results/units-page-2.png' });
});

test('a long list jumps 5 pages from items named in Vietnamese', async ({ page, app }) => {
  const names = Array.from({ length: 401 }, (_, i) => `Thôn Nà ${String(i + 1).padStart(3, '0')}`);
  await app.call('catalogues.addUnits', { type: 'Khác', names });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/danh-muc`);
  await expect(page.getByRole('row', { name: /Thôn Nà 050/ })).toBeVisible();
  const pages = page.locator('.ant-pagination');
  await pages.getByTitle('Tiến 5 trang', { exact: true }).click();
  await expect(page.getByRole('row', { name: /Thôn Nà 251/ })).toBeVisible();
  await expect(pages.getByTitle('Lùi 5 trang', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/units-jump-5.png' });
  await pages.getByTitle('Lùi 5 trang', { exact: true }).click();
  await expect(page.getByRole('row', { name: /Thôn Nà 001/ })).toBeVisible();
});
