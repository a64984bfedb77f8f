import { models, setUpOffice } from './evaluation-setup';
import { test, expect } from './preview-app';

const a = models[0];

test('the clerk’s name, asked once in the sidebar, is recorded in the history instead of the computer’s login', async ({
  page,
  app,
}) => {
  const office = await setUpOffice(app);
  const modelPage = `${app.url}#/mo-hinh/2023/${office.modelIds[a.key]}`;
  const history = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Người thực hiện' }) });
  const lastRow = history.getByRole('row').last();

  await page.goto(modelPage);
  const login = (await lastRow.getByRole('cell').last().textContent())!;
  expect(login).not.toBe('');

  const prompt = page.getByRole('region', { name: 'Người sử dụng' });
  await prompt.getByLabel('Người sử dụng').fill('Nguyễn Thị Lan');
  await prompt.getByRole('button', { name: 'Ghi tên' }).click();
  await expect(
    page.getByText('Đã ghi tên người sử dụng: Nguyễn Thị Lan. Có thể sửa trong Cài đặt.'),
  ).toBeVisible();
  await expect(prompt).toBeHidden();

  await page.getByRole('combobox', { name: 'Chuyển trạng thái' }).click();
  await page.getByTitle('Đang thực hiện').click();
  await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
  await expect(history.getByRole('row')).toHaveCount(3); // the header, "Đăng ký", "Đang thực hiện"
  await expect(lastRow).toContainText('Đang thực hiện');
  await expect(lastRow.getByRole('cell').last()).toHaveText('Nguyễn Thị Lan');
  await expect(history.getByRole('row').nth(1).getByRole('cell').last()).toHaveText(login);

  // Editable in Cài đặt; emptied, the computer's login is recorded again.
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  const field = page.getByLabel('Người sử dụng', { exact: true });
  await expect(field).toHaveValue('Nguyễn Thị Lan');
  await field.fill('Trần Văn Bình');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu cài đặt cơ quan.')).toBeVisible();
  expect((await app.call('settings.get')).userName).toBe('Trần Văn Bình');
  await page.goto(modelPage);
  await page.getByRole('combobox', { name: 'Chuyển trạng thái' }).click();
  await page.getByTitle('Dừng thực hiện').click();
  await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
  await expect(lastRow).toContainText('Dừng thực hiện');
  await expect(lastRow.getByRole('cell').last()).toHaveText('Trần Văn Bình');
});

test('“Để sau” puts the sidebar’s question away for this session, the field staying in Cài đặt', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const prompt = page.getByRole('region', { name: 'Người sử dụng' });
  await expect(prompt.getByRole('button', { name: 'Ghi tên' })).toBeDisabled(); // nothing typed yet
  await prompt.getByRole('button', { name: 'Để sau' }).click();
  await expect(prompt).toBeHidden();
  await page.reload();
  await expect(page.getByRole('menuitem', { name: 'Tổng quan' })).toBeVisible();
  await expect(prompt).toBeHidden();
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await expect(page.getByLabel('Người sử dụng', { exact: true })).toHaveValue('');
  expect((await app.call('settings.get')).userName).toBeUndefined();
});
