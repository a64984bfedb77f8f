import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { office } from './evaluation-setup';
import { test, expect } from './preview-app';

/** Clicks `button` and answers the downloaded file's name and bytes. */
async function download(page: Page, dir: string, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** The data rows of a list workbook: those under the "STT" header whose first cell is a number. */
async function dataRows(bytes: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let rows = 0;
  workbook.worksheets[0]!.eachRow((row) => {
    if (typeof row.getCell(1).value === 'number') rows++;
  });
  return rows;
}

test('the Báo cáo page downloads every document of the year in Word and Excel', async ({ page, app }) => {
  test.setTimeout(120_000);
  await app.call('demo.load');
  await app.call('settings.update', office);
  const dashboard = (await app.call('dashboard.get', { year: 2023 })) as { figures: { registered: number } };
  const dir = await mkdtemp(join(tmpdir(), 'dvk-reports-'));
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${app.url}#/bao-cao?nam=2023`);
    const item = (title: string) => page.getByRole('listitem', { name: title });
    const report = item('Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2023');
    await expect(report.getByRole('button', { name: 'Xuất Excel' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Đợt đánh giá' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('bao-cao.png') });

    const word = await download(page, dir, () => report.getByRole('button', { name: 'Xuất Word' }).click());
    expect(word.name).toBe('Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2023.docx');
    expect(word.bytes.subarray(0, 2).toString()).toBe('PK');
    // The dashboard's charts, drawn by the page, are in the report as pictures.
    expect(word.bytes.toString('latin1')).toContain('word/media/');
    await expect(page.locator('.ant-alert').getByText(`Đã tải tệp “${word.name}” về máy`)).toBeVisible();

    const lists = [
      ['Danh sách mô hình đăng ký năm 2023', 'Danh sách mô hình đăng ký năm 2023'],
      ['Danh sách mô hình được công nhận năm 2023', 'Danh sách mô hình được công nhận năm 2023'],
      ['Bảng tổng hợp kết quả chấm điểm', 'Bảng tổng hợp kết quả chấm điểm - Tổng kết năm 2023'],
      ['Danh sách đề nghị khen thưởng năm 2023', 'Danh sách đề nghị khen thưởng năm 2023'],
    ] as const;
    for (const [title, stem] of lists) {
      for (const [button, extension] of [
        ['Xuất Word', 'docx'],
        ['Xuất Excel', 'xlsx'],
      ] as const) {
        const file = await download(page, dir, () =>
          item(title).getByRole('button', { name: button }).click(),
        );
        expect(file.name).toBe(`${stem}.${extension}`);
        expect(file.bytes.subarray(0, 2).toString()).toBe('PK');
      }
    }
    const models = await download(page, dir, () =>
      item('Danh sách mô hình đăng ký năm 2023').getByRole('button', { name: 'Xuất Excel' }).click(),
    );
    expect(await dataRows(models.bytes)).toBe(dashboard.figures.registered);

    await item('Danh sách mô hình được công nhận năm 2023').getByRole('button', { name: 'In' }).click();
    await expect(page).toHaveURL(/#\/in\/cong-nhan\/2023$/);
    await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'DANH SÁCH MÔ HÌNH ĐƯỢC CÔNG NHẬN' })).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the model list exports exactly the rows its filters show', async ({ page, app }) => {
  await app.call('demo.load');
  const { rows } = (await app.call('models.list', { year: 2023, kind: 'individual' })) as { rows: unknown[] };
  const dir = await mkdtemp(join(tmpdir(), 'dvk-models-xlsx-'));
  try {
    await page.goto(`${app.url}#/mo-hinh?nam=2023&hinhthuc=individual`);
    await expect(page.getByText(`Tìm thấy ${rows.length} mô hình`)).toBeVisible();
    const file = await download(page, dir, () => page.getByRole('button', { name: 'Xuất Excel' }).click());
    expect(file.name).toBe('Danh sách mô hình đăng ký năm 2023 (đã lọc).xlsx');
    expect(await dataRows(file.bytes)).toBe(rows.length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
