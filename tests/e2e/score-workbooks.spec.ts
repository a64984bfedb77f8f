import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { createRound, members, models, setUpOffice } from './evaluation-setup';
import { test, expect } from './preview-app';

test('a member’s score workbook is downloaded, filled, previewed and saved as their sheets', async ({
  page,
  app,
}) => {
  const office = await setUpOffice(app);
  const roundId = await createRound(app, office);
  await page.goto(`${app.url}#/danh-gia/2023/${roundId}`);
  await page.getByRole('button', { name: 'Phiếu chấm điểm Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Phiếu chấm điểm Excel' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Tải phiếu của ${members[1]}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^Phiếu chấm điểm - .* - ${members[1]}\\.xlsx$`));
  await page.keyboard.press('Escape');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Tập thể')!;
  const row = [6, 7, 8].find((r) => sheet.getCell(r, 2).value === models[0].title)!;
  sheet.getCell(row, 5).value = 18;
  sheet.getCell(row, 6).value = 99; // over the maximum: refused
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByRole('button', { name: 'Nhập phiếu chấm điểm' }).click();
  const importer = page.getByRole('dialog', { name: /^Nhập phiếu chấm điểm/ });
  await importer.locator('input[type=file]').setInputFiles({
    name: 'tra-ve.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: filled,
  });
  await expect(importer.getByText(members[1], { exact: true })).toBeVisible();
  await expect(importer.getByText('1 điểm mới')).toBeVisible();
  await expect(importer.getByText(/điểm không được lớn hơn 15/)).toBeVisible();
  await page.screenshot({ path: 'test-results/score-workbook-preview.png' });
  await importer.getByRole('button', { name: 'Lưu 1 điểm' }).click();
  await expect(importer).toBeHidden();
  await expect(page.getByText(`Đã lưu 1 điểm vào phiếu của ${members[1]}.`)).toBeVisible();
  const sheets = (await app.call('sheets.list', { year: 2023, roundId })) as unknown as {
    memberId: string;
    scores: unknown[];
  }[];
  expect(sheets.map((s) => [s.memberId, s.scores[0]])).toEqual([[office.memberIds[1], 18]]);
});
