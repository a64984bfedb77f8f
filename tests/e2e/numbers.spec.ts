import { createRound, enterTotals, models, setUpOffice, type Office } from './evaluation-setup';
import { test, expect, type PreviewApp } from './preview-app';

let office: Office;
test.beforeEach(async ({ app }) => {
  office = await setUpOffice(app);
});

/** The numbers saved for a model's outcomes, by indicator name. */
async function savedOutcomes(app: PreviewApp, id: string) {
  const { model } = (await app.call('models.get', { year: 2023, id })) as {
    model: { outcomes: { values: Record<string, number> } };
  };
  const { indicators } = (await app.call('catalogues.get')) as { indicators: { id: string; name: string }[] };
  return Object.fromEntries(
    Object.entries(model.outcomes.values).map(([id, value]) => [
      indicators.find((i) => i.id === id)!.name,
      value,
    ]),
  );
}

test('an outcome typed with a decimal dot is saved as typed, and an ambiguous one is refused', async ({
  page,
  app,
}) => {
  await page.goto(`${app.url}#/mo-hinh/2023/${office.modelIds.a}`);
  await page.getByLabel('Đường giao thông làm mới, sửa chữa').fill('2.5');
  await page.getByLabel('Kinh phí huy động').fill('1.234.567');
  await page.getByLabel('Ngày công lao động').fill('1.234');
  await page.getByLabel('Đất hiến').fill('12,5'); // the decimal comma, as ever
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(
    page.getByText('Ngày công lao động: “1.234” có thể là 1234 hoặc 1,234: hãy viết 1234 hoặc 1,234.'),
  ).toBeVisible();
  await expect(page.getByText('Ngày công lao động: không được âm.')).toHaveCount(0);
  expect(await savedOutcomes(app, office.modelIds.a)).toEqual({});

  await page.getByLabel('Ngày công lao động').fill('1234');
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã lưu kết quả đạt được.')).toBeVisible();
  expect(await savedOutcomes(app, office.modelIds.a)).toEqual({
    'Đường giao thông làm mới, sửa chữa': 2.5,
    'Kinh phí huy động': 1234567,
    'Ngày công lao động': 1234,
    'Đất hiến': 12.5,
  });
  await page.reload();
  await expect(page.getByLabel('Đường giao thông làm mới, sửa chữa')).toHaveValue('2,5');
  await expect(page.getByLabel('Kinh phí huy động')).toHaveValue('1.234.567');
  await expect(page.getByLabel('Ngày công lao động')).toHaveValue('1234');
  await expect(page.getByLabel('Đất hiến')).toHaveValue('12,5');
});

test('a score typed with a decimal dot is saved as typed', async ({ page, app }) => {
  const roundId = await createRound(app, office);
  await page.goto(`${app.url}#/danh-gia/2023/${roundId}?tab=nhap-diem`);
  await page.getByLabel('Thành viên chấm điểm').fill('Nguyen Van An');
  await page.keyboard.press('Enter');
  const first = page.getByLabel(`${models[0].title}: tiêu chí 1`, { exact: true });
  await first.fill('13.5');
  await first.press('Tab');
  await expect(first).toHaveValue('13.5');
  await expect
    .poll(async () => {
      const sheets = (await app.call('sheets.list', { year: 2023, roundId })) as unknown as {
        modelId: string;
        scores: (number | null)[];
      }[];
      return sheets.find((s) => s.modelId === office.modelIds.a)?.scores[0];
    })
    .toBe(13.5);
});

test('an average shows two decimals rounded half up, as the summary’s footnote says', async ({
  page,
  app,
}) => {
  const roundId = await createRound(app, office);
  await enterTotals(app, office, roundId, { a: [77, 78, 78], b: [69, 70, 70], c: [90, 89, 90] });
  await page.goto(`${app.url}#/danh-gia/2023/${roundId}?tab=ket-qua`);
  const rowOf = (title: string) => page.getByRole('row', { name: new RegExp(title) });
  await expect(rowOf(models[0].title)).toContainText('77,67'); // 77,666…, cut to 77,6 before
  // 69,67 shown, still below 70: the classification uses the exact average.
  await expect(rowOf(models[1].title)).toContainText('69,67');
  await expect(rowOf(models[1].title)).toContainText('Không công nhận');
  // 89,67: not "Tiêu biểu" (from 90).
  await expect(rowOf(models[2].title)).toContainText('89,67');
  await expect(rowOf(models[2].title)).toContainText('Công nhận');
});
