import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRubrics } from '../../shared/domain/rubric';
import {
  addModels,
  createRound,
  enterTotals,
  members,
  models,
  setUpOffice,
  type Office,
} from './evaluation-setup';
import { flat, pdfText, renderPdf } from './pdf';
import { test, expect } from './preview-app';

const [a, , c] = models;

const collectiveCriteria = defaultRubrics[0]!.criteria;
const individualCriteria = defaultRubrics[1]!.criteria;

let office: Office;
let roundId: string;
let dir: string;

test.beforeEach(async ({ app }) => {
  office = await setUpOffice(app);
  roundId = await createRound(app, office);
  dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
});

test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a member’s “Phiếu chấm điểm” prints in the Party format with the scores typed in', async ({
  page,
  app,
}) => {
  const scores = [18, 14.5, 19, 22, 17]; // 90,5
  for (const [criterionIndex, value] of scores.entries()) {
    await app.call('sheets.setScore', {
      year: 2023,
      roundId,
      memberId: office.memberIds[0],
      modelId: office.modelIds.a,
      criterionIndex,
      value,
    });
  }
  await page.goto(`${app.url}#/in/phieu-cham-diem/2023/${roundId}/da-cham?thanhvien=${office.memberIds[0]}`);
  await expect(page.getByText('3 trang')).toBeVisible();
  const file = await renderPdf(page, dir, 'phieu.pdf');

  const pages = pdfText(file)
    .split('\f')
    .filter((p) => p.trim() !== '');
  expect(pages).toHaveLength(3); // one model per page
  const first = pages[0]!;
  const lines = first.split('\n').map((l) => l.trim());
  // The header: the parent committee and the issuing body in capitals at the left, the Party at the right.
  expect(lines.some((l) => l.startsWith('HUYỆN ỦY BA BỂ') && l.endsWith('ĐẢNG CỘNG SẢN VIỆT NAM'))).toBe(
    true,
  );
  expect(
    lines.some((l) => l.startsWith('BAN DÂN VẬN') && l.endsWith('Ba Bể, ngày 20 tháng 12 năm 2023')),
  ).toBe(true);
  expect(lines).toContain('*');
  expect(lines.some((l) => /^Số\s+-PCĐ\/BDVHU$/.test(l))).toBe(true);
  expect(lines).toContain('PHIẾU CHẤM ĐIỂM');
  expect(lines).toContain('Mô hình “Dân vận khéo” năm 2023');
  expect(first).toContain(`Tên mô hình: ${a.title}`);
  expect(first).toContain('Đơn vị: Xã Hoàng Trĩ');
  expect(first).toMatch(/Hình thức: Tập thể\s+Lĩnh vực: Kinh tế/);
  // Each criterion with its maximum and the member's score, and the totals.
  const plain = flat(pdfText(file, false).split('\f')[0]!);
  for (const criterion of collectiveCriteria) expect(plain).toContain(criterion.text);
  expect(first).toMatch(/Tổng cộng\s+100\s+90,5/);
  expect(first).toMatch(/2\s+Cách làm sáng tạo, tiết kiệm thời gian, chi phí\s+15\s+14,5/);
  expect(first).toContain('NGƯỜI CHẤM ĐIỂM');
  expect(first).toContain(members[0]);

  // The individual model is scored on its own rubric; this member has not scored it yet.
  const third = flat(pdfText(file, false).split('\f')[2]!);
  expect(third).toContain(`Tên mô hình: ${c.title}`);
  expect(third).toContain('Hình thức: Cá nhân (Nguyễn Văn A)');
  for (const criterion of individualCriteria) expect(third).toContain(criterion.text);
  expect(pages[2]).toMatch(/Tổng cộng\s+100\s*$/m);
});

test('the blank batch prints every model for every member, one page each', async ({ page, app }) => {
  await page.goto(`${app.url}#/in/phieu-cham-diem/2023/${roundId}/trang`);
  const file = await renderPdf(page, dir, 'phieu-trang.pdf');
  const pages = pdfText(file)
    .split('\f')
    .filter((p) => p.trim() !== '');
  expect(pages).toHaveLength(models.length * members.length);
  // Each member's pile together, in the grid's order, each sheet with its member's name to sign.
  pages.forEach((text, i) => {
    expect(text.match(/PHIẾU CHẤM ĐIỂM/g)).toHaveLength(1);
    expect(text).toContain(`Tên mô hình: ${models[i % models.length]!.title}`);
    expect(text).toContain(members[Math.floor(i / models.length)]!);
    expect(text).toMatch(/Tổng cộng\s+100\s*$/m);
  });
});

test('the summary prints landscape from the round’s page, with the header row on every page', async ({
  page,
  app,
}) => {
  await enterTotals(app, office, roundId, { a: [92, 94, 90], b: [80, 75.5, 70], c: [50, 55, 60] });
  await page.goto(`${app.url}#/danh-gia/2023/${roundId}?tab=in`);
  await page.getByRole('button', { name: 'In bảng tổng hợp' }).click();
  await expect(page).toHaveURL(new RegExp(`#/in/bang-tong-hop/2023/${roundId}$`));
  const file = await renderPdf(page, dir, 'tong-hop.pdf');

  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts/);
  const text = pdfText(file);
  const lines = text.split('\n').map((l) => l.trim());
  expect(lines.some((l) => l.startsWith('HUYỆN ỦY BA BỂ') && l.endsWith('ĐẢNG CỘNG SẢN VIỆT NAM'))).toBe(
    true,
  );
  expect(lines.some((l) => /^Số\s+-BTH\/BDVHU$/.test(l))).toBe(true);
  // Printed before "Chốt kết quả": a draft.
  expect(lines).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM (DỰ THẢO)');
  const plain = flat(pdfText(file, false));
  for (const name of members) expect(plain).toContain(name);
  expect(plain).toContain('MÔ HÌNH TẬP THỂ (2 mô hình)');
  expect(plain).toContain('MÔ HÌNH CÁ NHÂN (1 mô hình)');
  // Each model's totals, average, rank and result on its row.
  expect(text).toMatch(/Vận động nhân dân giao nộp vũ\s.*92\s+94\s+90\s+92,00\s+1\s+Tiêu biểu/);
  expect(text).toMatch(/Đoạn đường tự quản của Chi\s.*80\s+75,5\s+70\s+75,17\s+2\s+Công nhận/);
  expect(text).toMatch(/Gương mẫu hiến đất làm\s.*50\s+55\s+60\s+55,00\s+1\s+Không công/);
  expect(plain).toContain(
    'Điểm trung bình làm tròn đến hai chữ số thập phân (từ 5 trở lên làm tròn lên); kết quả xếp loại tính trên điểm trung bình chưa làm tròn.',
  );
  expect(plain).toContain('T/M BAN THƯỜNG VỤ');
  expect(plain).toContain('TRƯỞNG BAN');
  expect(plain).toContain('Hoàng Thị Lan');
});

test('a summary of two pages keeps the signature with its last rows, splits no row, and shows its pages', async ({
  page,
  app,
}) => {
  // Five models fill the first landscape page: the notes and the signature do not fit under them (printed
  // as one flowing table, the signature stood alone on page 2).
  const extra = await addModels(app, office, 2);
  const round = await createRound(app, office, 'Tổng kết năm 2023 (bổ sung)');
  for (const [m, modelId] of [...Object.values(office.modelIds), ...extra].entries()) {
    for (const memberId of office.memberIds) {
      await app.call('sheets.setTotal', { year: 2023, roundId: round, memberId, modelId, value: 80 + m });
    }
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/in/bang-tong-hop/2023/${round}`);
  // The preview shows each page with its number, and the count beside the buttons.
  await expect(page.getByText('2 trang')).toBeVisible();
  await expect(page.locator('.print-page-label')).toHaveText(['Trang 1/2', 'Trang 2/2']);
  await page.locator('.print-page-label').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/summary-pages.png' });

  const file = await renderPdf(page, dir, 'tong-hop-2-trang.pdf');
  const pages = pdfText(file).split('\f').slice(0, -1);
  expect(pages).toHaveLength(2);
  const [first, second] = pages.map((p) => flat(p)) as [string, string];
  // Every row whole on one page: its rank, title and average together, never cut across the break.
  const titles = [...models.map((m) => m.title), ...extra.map((_, i) => `Mô hình thứ ${i + 4}:`)];
  for (const title of titles) {
    const on = pages.filter((p) => flat(p).includes(title.slice(0, 20)));
    expect(on, title).toHaveLength(1);
  }
  // The signature on the last page, under the last rows; the header row repeated; the number on page 2.
  expect(second).toContain('T/M BAN THƯỜNG VỤ');
  expect(second).toContain('Hoàng Thị Lan');
  expect(second).toContain(models[2].title.slice(0, 30)); // the last row: the only individual model
  expect(second).toContain('Điểm trung bình');
  expect(pages[1]!.trim().split('\n')[0]!.trim()).toBe('2');
  expect(first).not.toContain('T/M BAN THƯỜNG VỤ');
  expect(first).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM');
});

test('a summary of three models prints on one page, with all three rows and the signature', async ({
  page,
  app,
}) => {
  // The notes under the table and a header row of three lines left no room for the signature under three
  // rows: it went to page 2 with the last two, and page 1 held the head and one row.
  await enterTotals(app, office, roundId, { a: [92, 94, 90], b: [80, 75.5, 70], c: [50, 55, 60] });
  await page.goto(`${app.url}#/in/bang-tong-hop/2023/${roundId}`);
  await expect(page.getByText('1 trang')).toBeVisible();
  const file = await renderPdf(page, dir, 'tong-hop-1-trang.pdf');
  const pages = pdfText(file).split('\f').slice(0, -1);
  expect(pages).toHaveLength(1);
  const text = flat(pages[0]!);
  for (const m of models) expect(text).toContain(m.title.slice(0, 20));
  expect(text).toContain('T/M BAN THƯỜNG VỤ');
  expect(text).toContain('Hoàng Thị Lan');
});
