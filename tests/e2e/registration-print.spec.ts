import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blankModelForm } from '../../shared/domain/model';
import { office } from './evaluation-setup';
import { flat, pdfText, renderPdf } from './pdf';
import { test, expect, type PreviewApp } from './preview-app';

/** The office's settings for the Party header, and a registering unit; answers the unit's id. */
async function officeWithUnit(app: PreviewApp, name: string): Promise<string> {
  await app.call('settings.update', office);
  const { units } = (await app.call('catalogues.save', {
    kind: 'units',
    item: { name, type: 'Xã, thị trấn', commune: '', active: true },
  })) as { units: { id: string }[] };
  return units[0]!.id;
}

test('“In phiếu đăng ký” prints one model’s registration in the Party format, labels in the form’s order', async ({
  page,
  app,
}) => {
  const unitId = await officeWithUnit(app, 'Xã Hoàng Trĩ');
  const created = (await app.call('models.create', {
    ...blankModelForm(2023),
    title: 'Dân vận khéo trong hiến đất làm đường',
    unitId,
    fieldId: '00000000-0000-4000-8000-000000000101',
    commune: 'Hoàng Trĩ',
    hamlet: 'Thôn Nà Áng',
    goals: 'Làm mới 2 km đường bê tông.\nKhông hộ nào khiếu nại.',
    startDate: '2023-03-01',
    contactName: 'Hoàng Văn Bảo',
    contactPhone: '0912 345 678',
  })) as { id: string };

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/mo-hinh/2023/${created.id}`);
  await page.getByRole('button', { name: 'In phiếu đăng ký' }).click();
  await expect(page).toHaveURL(new RegExp(`#/in/phieu-dang-ky/2023/${created.id}$`));
  await expect(page.getByRole('heading', { name: 'PHIẾU ĐĂNG KÝ' })).toBeVisible();
  await page.screenshot({ path: 'test-results/registration-print.png' });

  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const file = await renderPdf(page, dir, 'phieu-dang-ky.pdf');
    const text = flat(pdfText(file, false));
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('PHIẾU ĐĂNG KÝ Mô hình “Dân vận khéo” năm 2023');
    const labels = [
      'Năm: 2023',
      'Tên mô hình: Dân vận khéo trong hiến đất làm đường',
      'Hình thức: Tập thể',
      'Đơn vị đăng ký: Xã Hoàng Trĩ',
      'Lĩnh vực: Kinh tế',
      'Loại đăng ký: Đăng ký mới',
      'Địa bàn: Thôn Nà Áng, Hoàng Trĩ',
      'Thực trạng, lý do xây dựng:',
      'Mục tiêu: Làm mới 2 km đường bê tông. Không hộ nào khiếu nại.',
      'Nội dung, cách thức thực hiện:',
      'Thời gian bắt đầu: 01/03/2023',
      'Khả năng duy trì, nhân rộng:',
      'Người phụ trách: Hoàng Văn Bảo',
      'Số điện thoại: 0912 345 678',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ];
    const at = labels.map((label) => text.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Họ và tên:');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a long registration is laid out page by page: a text cut only between lines, the signature with the last lines', async ({
  page,
  app,
}) => {
  const unitId = await officeWithUnit(app, 'Xã Chu Hương');
  // Numbered sentences, so a line lost or printed twice at a page break shows. "Nội dung" alone is longer
  // than a page: it must run on between two of its lines.
  const sentences = (from: number, count: number) =>
    Array.from(
      { length: count },
      (_, i) => `Câu ${from + i}: vận động nhân dân hiến đất, góp ngày công làm đường liên thôn.`,
    ).join(' ');
  const situation = [sentences(1, 12), sentences(13, 12)].join('\n');
  const content = sentences(100, 60);
  const created = (await app.call('models.create', {
    ...blankModelForm(2023),
    title: 'Hiến đất làm đường liên thôn Bản Xả',
    unitId,
    fieldId: '00000000-0000-4000-8000-000000000101',
    situation,
    content,
    expectedResults: sentences(300, 8),
    contactName: 'Nguyễn Văn A',
    contactPhone: '0912 000 111',
  })) as { id: string };

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/in/phieu-dang-ky/2023/${created.id}`);
  const labels = page.locator('.print-page-label');
  await expect(page.locator('.print-root')).toHaveAttribute('data-ready', 'true');
  const count = await labels.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(page.getByText(`${count} trang`)).toBeVisible();
  await expect(labels).toHaveText(Array.from({ length: count }, (_, i) => `Trang ${i + 1}/${count}`));
  await labels.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/registration-pages.png' });
  // Where a page cuts a paragraph, two of its lines at least end that page and two open the next.
  const cuts = await page.locator('.print-page').evaluateAll((sheets) =>
    sheets.slice(0, -1).map((sheet) => {
      const lines = (p: Element | null | undefined) => {
        if (!p?.firstChild) return 0;
        const range = document.createRange();
        range.selectNodeContents(p.firstChild);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      const foot = [...sheet.querySelectorAll('.registration-lines p')].at(-1);
      if (!foot?.classList.contains('continues')) return null;
      return [lines(foot), lines(sheet.nextElementSibling?.querySelector('.registration-lines p'))];
    }),
  );
  expect(cuts.filter((cut) => cut !== null).length).toBeGreaterThan(0);
  for (const cut of cuts) if (cut) for (const side of cut) expect(side).toBeGreaterThanOrEqual(2);

  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const file = await renderPdf(page, dir, 'phieu-dang-ky-dai.pdf');
    const pages = pdfText(file, false).split('\f').slice(0, -1);
    // The paper breaks where the preview said.
    expect(pages).toHaveLength(count);
    // From page 2 each page opens with its number.
    pages.slice(1).forEach((text, i) => expect(text.trim().split('\n')[0]!.trim()).toBe(String(i + 2)));
    const body = pages.map((text, i) => flat(i === 0 ? text : text.trim().split('\n').slice(1).join('\n')));
    // Every sentence once, in order: nothing lost or doubled where a page breaks.
    const whole = flat(body.join(' '));
    for (const text of [situation, content]) {
      for (const sentence of text.split(/(?<=\.)\s+/)) {
        expect(whole.split(flat(sentence)).length - 1, sentence).toBe(1);
      }
    }
    // "Nội dung" runs on: it starts on one page and ends on another, cut between two lines.
    const startsOn = body.findIndex((text) => text.includes('Câu 100:'));
    const endsOn = body.findIndex((text) => text.includes('Câu 159:'));
    expect(endsOn).toBeGreaterThan(startsOn);
    // The signature only on the last page, under the last fields.
    const last = body.at(-1)!;
    expect(body.filter((text) => text.includes('THỦ TRƯỞNG ĐƠN VỊ'))).toEqual([last]);
    expect(last).toMatch(/Người phụ trách: Nguyễn Văn A Số điện thoại: 0912 000 111 THỦ TRƯỞNG ĐƠN VỊ/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
