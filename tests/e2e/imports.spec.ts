import { readFile } from 'node:fs/promises';
import {
  communeListProblems,
  communeListReady,
  communeListWorkbook,
  communeUnits,
  lastYearModel,
} from '../helpers/commune-list';
import { test, expect } from './preview-app';

const VAN_HOA = '00000000-0000-4000-8000-000000000102'; // a default field ("Văn hóa - xã hội")

test('a commune’s list is previewed with exactly its bad rows named, and the rest imported', async ({
  page,
  app,
}) => {
  await app.call('settings.update', { yearInUse: 2023 });
  const ids: Record<string, string> = {};
  for (const name of communeUnits) {
    const catalogues = (await app.call('catalogues.save', {
      kind: 'units',
      item: { name, type: 'Khác', commune: '', active: true },
    })) as { units: { id: string; name: string }[] };
    ids[name] = catalogues.units.find((u) => u.name === name)!.id;
  }
  const blank = { personName: '', personPosition: '', commune: '', hamlet: '', situation: '', goals: '' };
  await app.call('models.create', {
    ...blank,
    content: '',
    participants: '',
    forces: '',
    resources: '',
    expectedResults: '',
    sustainability: '',
    contactName: '',
    contactPhone: '',
    year: 2022,
    title: lastYearModel.title,
    kind: 'collective',
    unitId: ids[lastYearModel.unit],
    fieldId: VAN_HOA,
    registration: 'new',
    previousId: null,
    replicatesId: null,
    startDate: null,
    endDate: null,
  });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/mo-hinh`);
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập từ Excel — năm 2023' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'DS dang ky xa Chu Huong.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await communeListWorkbook(),
  });
  await expect(dialog.locator('.import-problems li')).toHaveText(communeListProblems);
  const importButton = dialog.getByRole('button', { name: 'Nhập 4 mô hình' });
  await expect(importButton).toBeDisabled();
  await dialog.getByText('Bỏ qua các dòng lỗi').click();
  await expect(importButton).toBeEnabled();
  await page.screenshot({ path: 'test-results/import-preview.png' });

  await importButton.click();
  await expect(page.getByText('Đã nhập 4 mô hình từ tệp “DS dang ky xa Chu Huong.xlsx”.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Tìm thấy 4 mô hình')).toBeVisible();
  for (const title of communeListReady) {
    await expect(page.getByRole('checkbox', { name: `Chọn “${title}”` })).toBeVisible();
  }

  // The template comes down as a workbook with the form's columns.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải mẫu Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Mẫu đăng ký mô hình 2023.xlsx');
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});

test('a file that is not a workbook is refused with a clear message', async ({ page, app }) => {
  await page.goto(`${app.url}#/mo-hinh`);
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'bao cao.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('đây không phải là tệp Excel'),
  });
  await expect(dialog.getByText('Tệp không phải là tệp Excel (.xlsx) hoặc đã bị hỏng.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nhập 0 mô hình' })).toBeDisabled();
});
