import { models, setUpOffice, type Office } from './evaluation-setup';
import { test, expect } from './preview-app';

let office: Office;
test.beforeEach(async ({ app }) => {
  office = await setUpOffice(app);
});

test('a refused setting’s message goes once the field is changed, and “Lưu” keeps its name', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/cai-dat`);
  const symbol = page.getByLabel('Ký hiệu cơ quan', { exact: true });
  await symbol.fill('B'.repeat(51));
  const save = page.getByRole('button', { name: 'Lưu', exact: true });
  // The backend's answer is held: while it is awaited the button is still named "Lưu" (not "loading Lưu").
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/api/settings.update', async (route) => {
    await answered;
    await route.continue();
  });
  await save.click();
  await expect(save).toHaveClass(/ant-btn-loading/);
  expect(await save.ariaSnapshot()).toBe('- button "Lưu"');
  answer();
  const problem = page.getByText(/^Ký hiệu cơ quan: .*50/);
  await expect(problem).toBeVisible();
  // Refused: the button is itself again, not left busy and faded.
  await expect(save).toBeEnabled();
  await expect(save).not.toHaveClass(/ant-btn-loading/);
  await expect(save).toHaveCSS('opacity', '1');
  await symbol.fill('BDVHU');
  await expect(problem).toBeHidden();
  await save.click();
  await expect(page.getByText('Đã lưu cài đặt cơ quan.')).toBeVisible();
});

test('the search narrows the rows it holds while typing, before the backend answers', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/mo-hinh`);
  await expect(page.getByText('Tìm thấy 3 mô hình')).toBeVisible();
  // From here the backend never answers a list: what changes on screen is the page's own doing.
  await page.route('**/api/models.list', () => {});
  await page.getByLabel('Tìm kiếm').pressSequentially('khuoi luom');
  await expect(page.getByText('Tìm thấy 1 mô hình')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(models[1].title) })).toBeVisible();
  // A search that only widens waits for the backend: the rows held cannot tell.
  await page.getByLabel('Tìm kiếm').fill('doan');
  await expect(page.getByText('Tìm thấy 1 mô hình')).toBeVisible();
});

test('a row clicked right after Enter in the search stays open', async ({ page, app }) => {
  await page.goto(`${app.url}#/mo-hinh`);
  // The model page's code comes late (a slow disk), longer than the search's pause: a search still pending
  // from the typing would fire meanwhile and take the page back.
  await page.route('**/assets/ModelDetailPage-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.getByLabel('Tìm kiếm').fill('khuoi');
  await page.keyboard.press('Enter');
  await page.getByRole('row', { name: new RegExp(models[1].title) }).click();
  await expect(page.getByRole('heading', { name: models[1].title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/mo-hinh/2023/${office.modelIds.b}$`));
});

test('long titles wrap in the list, and the sidebar stays in view on a long page', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/mo-hinh`);
  const title = page.getByRole('row', { name: new RegExp(models[0].title) }).getByText(models[0].title);
  await expect(title).toBeVisible();
  // The whole title is laid out (on up to two lines), not cut at the column's edge.
  const box = await title.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  // This 66-character title takes two lines of the column at 1366 px.
  const lines = await title.evaluate((el) =>
    Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
  );
  expect(lines).toBe(2);

  await page.goto(`${app.url}#/cai-dat`);
  await page.mouse.wheel(0, 2000);
  await expect(page.getByRole('navigation').getByRole('menuitem', { name: 'Mô hình' })).toBeInViewport();
});

test('focus is not marked in the error red, and a delete button is not a primary one', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/mo-hinh/dang-ky`);
  const primary = page.getByRole('button', { name: 'Lưu', exact: true });
  const primaryColour = await primary.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.goto(`${app.url}#/mo-hinh/2023/${office.modelIds.a}`);
  const remove = page.getByRole('button', { name: 'Xóa', exact: true }).first();
  const dangerColour = await remove.evaluate((el) => getComputedStyle(el).color);
  expect(dangerColour).not.toBe(primaryColour);
  // The error red, as a refused field shows it; a focused field's ring must not use it.
  await page.goto(`${app.url}#/cai-dat`);
  const year = page.getByLabel('Năm làm việc', { exact: true });
  await year.fill('');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Năm làm việc: không được để trống.')).toBeVisible();
  // Colours read once the field's transitions have ended: read during one, the border was half-way to red.
  const errorRed = await year.evaluate(async (el) => {
    await Promise.all(el.getAnimations().map((a) => a.finished));
    return getComputedStyle(el).borderColor;
  });
  expect(errorRed).toBe('rgb(198, 40, 40)'); // the theme's colorError, #c62828
  const place = page.getByLabel('Địa danh', { exact: true });
  await place.focus();
  const ring = await place.evaluate(async (el) => {
    await Promise.all(el.getAnimations().map((a) => a.finished));
    return `${getComputedStyle(el).borderColor} ${getComputedStyle(el).boxShadow}`;
  });
  expect(ring).not.toContain(errorRed);
  expect(ring).not.toMatch(/rgb\((183, 28, 28|255, 77, 79)\)/); // the brand's red, antd's own error red
});
