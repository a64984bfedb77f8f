import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flat, pdfText, renderPdf } from './pdf';
import { test, expect } from './preview-app';

test('the year’s commendations print as a list in the Party format, decisions included', async ({
  page,
  app,
}) => {
  await app.call('demo.load');
  const commendations = (await app.call('commendations.list', { year: 2022 })) as unknown as {
    modelId: string;
  }[];
  const { rows } = (await app.call('models.list', { year: 2022 })) as {
    rows: { id: string; title: string }[];
  };
  const titles = commendations.map((c) => rows.find((r) => r.id === c.modelId)!.title);
  expect(titles.length).toBeGreaterThan(0);

  await page.goto(`${app.url}#/khen-thuong?nam=2022`);
  await page.getByRole('button', { name: 'In danh sách đề nghị khen thưởng' }).click();
  await expect(page).toHaveURL(/#\/in\/khen-thuong\/2022$/);

  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const text = flat(pdfText(await renderPdf(page, dir, 'khen-thuong.pdf'), false));
    for (const line of [
      'HUYỆN ỦY BA BỂ',
      'BAN DÂN VẬN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('Mô hình “Dân vận khéo” năm 2022');
    // Titles wrap inside their cells, so the PDF's text interleaves columns: titles are checked on the page.
    await expect(page.locator('.print-table tbody tr')).toHaveCount(commendations.length);
    // (The list runs over two pages, a table each.)
    const cells = await page.locator('.print-table tbody').allTextContents();
    for (const title of titles) expect(cells.join('\n')).toContain(title);
    expect(text).toContain(`Tổng cộng: ${commendations.length} mô hình;`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
