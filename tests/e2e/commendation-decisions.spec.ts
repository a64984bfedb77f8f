import { test, expect, type PreviewApp } from './preview-app';

interface Proposal {
  id: string;
  modelId: string;
  status: string;
}

/** The demo's last year (2023): its commendations are proposed, none decided yet. */
async function proposals(app: PreviewApp): Promise<{ id: string; modelId: string; title: string }[]> {
  const commendations = (await app.call('commendations.list', { year: 2023 })) as unknown as Proposal[];
  const { rows } = (await app.call('models.list', { year: 2023 })) as {
    rows: { id: string; title: string }[];
  };
  return commendations
    .filter((c) => c.status === 'proposed')
    .map((c) => ({ ...c, title: rows.find((r) => r.id === c.modelId)!.title }));
}

test('one decision is recorded for several proposed models at once, each model’s history saying so', async ({
  page,
  app,
}) => {
  await app.call('demo.load');
  const proposed = await proposals(app);
  expect(proposed.length).toBeGreaterThanOrEqual(3);
  const [a, b, c] = [proposed[0]!, proposed[1]!, proposed[2]!];

  await page.goto(`${app.url}#/khen-thuong?nam=2023`);
  await expect(page.getByRole('button', { name: /^Ghi quyết định \(/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: `Chọn “${a.title}”` }).check();
  await expect(page.getByRole('button', { name: 'Ghi quyết định (1)' })).toBeVisible();
  await page.getByRole('checkbox', { name: `Chọn “${b.title}”` }).check();
  await page.getByRole('button', { name: 'Ghi quyết định (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi quyết định khen thưởng 2 mô hình' });
  await expect(dialog.getByRole('list', { name: 'Các mô hình được chọn' })).toHaveText(a.title + b.title);
  await dialog.getByLabel('Bằng khen').check();
  await dialog.getByLabel('Cơ quan khen thưởng').fill('Ban Thường vụ Huyện ủy');
  await dialog.getByLabel('Số quyết định').fill('215-QĐ/HU');
  await dialog.getByLabel('Ngày quyết định').fill('10/01/2024');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã ghi quyết định khen thưởng cho 2 mô hình.')).toBeVisible();

  const row = (title: string) => page.getByRole('row', { name: new RegExp(title) });
  for (const { title } of [a, b]) {
    await expect(row(title)).toContainText('Đã khen thưởng');
    await expect(row(title)).toContainText('Bằng khen');
    await expect(row(title)).toContainText('Số 215-QĐ/HU');
    await expect(row(title)).toContainText('ngày 10/01/2024');
    // A decision already made is corrected on its own row, not ticked with others.
    await expect(row(title).getByRole('checkbox')).toBeDisabled();
  }
  await expect(row(c.title)).toContainText('Đề nghị khen thưởng');
  await expect(page.getByRole('button', { name: /^Ghi quyết định \(/ })).toHaveCount(0);

  for (const { modelId } of [a, b]) {
    await page.goto(`${app.url}#/mo-hinh/2023/${modelId}`);
    await expect(
      page.getByRole('row', {
        name: /Đã khen thưởng Đã khen thưởng: Bằng khen của Ban Thường vụ Huyện ủy, quyết định số 215-QĐ\/HU ngày 10\/01\/2024/,
      }),
    ).toBeVisible();
  }
});

test('a decision for several models is refused whole when one of them was decided meanwhile', async ({
  page,
  app,
}) => {
  await app.call('demo.load');
  const proposed = await proposals(app);
  const [a, b] = [proposed[0]!, proposed[1]!];

  await page.goto(`${app.url}#/khen-thuong?nam=2023`);
  await page.getByRole('checkbox', { name: `Chọn “${a.title}”` }).check();
  await page.getByRole('checkbox', { name: `Chọn “${b.title}”` }).check();
  await page.getByRole('button', { name: 'Ghi quyết định (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi quyết định khen thưởng 2 mô hình' });
  await dialog.getByLabel('Cơ quan khen thưởng').fill('Ban Thường vụ Huyện ủy');
  await dialog.getByLabel('Số quyết định').fill('215-QĐ/HU');
  await dialog.getByLabel('Ngày quyết định').fill('10/01/2024');
  await page.keyboard.press('Enter');

  // Someone else records b's decision while the dialog is open.
  const decision = {
    form: 'Giấy khen',
    issuer: 'UBND huyện',
    decisionNumber: '9/QĐ',
    decisionDate: '2024-01-05',
  };
  await app.call('commendations.grant', { year: 2023, id: b.id, ...decision });

  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    page.getByText(
      `“${b.title}” đã có quyết định khen thưởng. Hãy bỏ chọn mô hình này; muốn sửa quyết định đã ghi thì sửa riêng từng mô hình.`,
    ),
  ).toBeVisible();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  const row = (title: string) => page.getByRole('row', { name: new RegExp(title) });
  await expect(row(a.title)).toContainText('Đề nghị khen thưởng');
  await expect(row(b.title)).toContainText('Số 9/QĐ');
  const after = (await app.call('commendations.list', { year: 2023 })) as unknown as Proposal[];
  expect(after.find((x) => x.id === a.id)!.status).toBe('proposed');
});
