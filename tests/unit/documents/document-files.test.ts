import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { BuiltFile } from '../../../shared/contract/documents';
import type { InputOf } from '../../../shared/contract/channels';
import type { Dashboard } from '../../../shared/domain/dashboard';
import { formatNumber } from '../../../shared/format/number';
import { ok, openBackend, refused } from '../../helpers/backend';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const YEAR = 2023;
let dir: string;
let backend: Backend;
let dashboard: Dashboard;
let roundId: string;

/** The demo office (Ba Bể, three evaluated years) with its header settings, dated 10/01/2024. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dvk-documents-'));
  backend = await openBackend(dir, () => new Date(2024, 0, 10, 9));
  await ok(backend, 'demo.load');
  await ok(backend, 'settings.update', {
    parentName: 'Huyện ủy Ba Bể',
    orgName: 'Ban Dân vận',
    orgSymbol: 'BDVHU',
    placeName: 'Ba Bể',
    signerName: 'Hoàng Văn C',
    signerTitle: 'Trưởng ban',
    signingBody: 'Ban Thường vụ',
  });
  dashboard = await ok(backend, 'dashboard.get', { year: YEAR });
  roundId = (await ok(backend, 'rounds.list', { year: YEAR }))[0]!.id;
}, 60_000);
afterAll(async () => {
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

const build = (input: Omit<InputOf<'documents.build'>, 'year'>) =>
  ok(backend, 'documents.build', { year: YEAR, ...input } as InputOf<'documents.build'>);
const bytes = (file: BuiltFile) => Buffer.from(file.dataBase64, 'base64');

async function readWorkbook(file: BuiltFile) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes(file) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** The row whose first cell is "STT": the table's header. */
function headerRow(sheet: ExcelJS.Worksheet): number {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (!found && row.getCell(1).value === 'STT') found = n;
  });
  return found;
}

describe('documents.build', () => {
  it('names each file in Vietnamese, without the characters Windows refuses', async () => {
    expect((await build({ kind: 'annual-report' })).fileName).toBe(
      'Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2023.docx',
    );
    const summary = await build({ kind: 'round-summary', roundId, format: 'xlsx' });
    expect(summary.fileName).toBe('Bảng tổng hợp kết quả chấm điểm - Tổng kết năm 2023.xlsx');
    expect(summary.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses a summary without its round and an unknown round, with Vietnamese messages', async () => {
    expect(
      (await refused(backend, 'documents.build', { kind: 'round-summary', year: YEAR, format: 'xlsx' }))
        .message,
    ).toContain('Hãy chọn đợt đánh giá cho bảng tổng hợp.');
    const missing = await refused(backend, 'documents.build', {
      kind: 'round-summary',
      year: YEAR,
      roundId: crypto.randomUUID(),
      format: 'docx',
    });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('writes the model list in Excel with numbers as numbers, frozen filtered header and A4 print setup', async () => {
    const filter = { year: YEAR, kind: 'individual' as const };
    const shown = await ok(backend, 'models.list', filter);
    const sheet = await readWorkbook(await build({ kind: 'models', format: 'xlsx', filter }));
    const header = headerRow(sheet);
    expect(header).toBeGreaterThan(5);
    expect(sheet.getRow(header).getCell(2).value).toBe('Tên mô hình');
    expect(sheet.getRow(header).getCell(2).font.bold).toBe(true);
    expect(sheet.getRow(header).getCell(2).border.top?.style).toBe('thin');
    // Exactly the rows the list shows under the same filters, in its order.
    const titles = shown.rows.map((_, i) => sheet.getRow(header + 1 + i).getCell(2).value);
    expect(titles).toEqual(shown.rows.map((r) => r.title));
    expect(sheet.getRow(header + shown.rows.length + 1).getCell(1).value).toBeNull();
    expect(sheet.getRow(header + 1).getCell(1).value).toBe(1);
    expect(sheet.getRow(header + 1).getCell(1).numFmt).toBe('#,##0');
    expect(sheet.getCell('A1').value).toBe('HUYỆN ỦY BA BỂ');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.autoFilter).toBe(`A${header}:I${header + shown.rows.length}`);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(sheet.pageSetup.margins?.left).toBeCloseTo(30 / 25.4);
  });

  it('writes averages and dates as numbers and dates in Excel', async () => {
    const sheet = await readWorkbook(await build({ kind: 'round-summary', roundId, format: 'xlsx' }));
    const header = headerRow(sheet);
    const labels = (sheet.getRow(header).values as unknown[]).slice(1);
    const average = labels.indexOf('Điểm trung bình') + 1;
    const first = sheet.getRow(header + 2); // under the "I. MÔ HÌNH TẬP THỂ" row
    expect(typeof first.getCell(average).value).toBe('number');
    expect(first.getCell(average).numFmt).toBe('0.00');
    expect(typeof first.getCell(labels.indexOf('Xếp hạng') + 1).value).toBe('number');
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** Converts with LibreOffice as the office would open the file, and answers the PDF's text. */
async function convertedText(file: BuiltFile, name: string): Promise<{ text: string; layout: string }> {
  const path = join(dir, name);
  await writeFile(path, bytes(file));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, path], { timeout: 120_000 });
  const pdf = path.replace(/\.(docx|xlsx)$/, '.pdf');
  expect((await readFile(pdf)).subarray(0, 4).toString()).toBe('%PDF');
  const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
  return { text: text.replace(/\s+/g, ' '), layout };
}

describe.skipIf(!hasSoffice)('the files open in LibreOffice', () => {
  if (!hasSoffice)
    console.log('LibreOffice (soffice) không có trên máy này: bỏ qua kiểm tra chuyển sang PDF.');

  it('shows the same totals in the converted report as dashboard.get', async () => {
    const { text, layout } = await convertedText(await build({ kind: 'annual-report' }), 'bao-cao.docx');
    const f = dashboard.figures;
    expect(text).toContain('HUYỆN ỦY BA BỂ');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Ba Bể, ngày 10 tháng 01 năm 2024');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(
      `có ${formatNumber(f.registered)} mô hình đăng ký (${formatNumber(f.new)} mô hình đăng ký mới, ${formatNumber(f.continued)} mô hình duy trì); trong đó ${formatNumber(f.collective)} mô hình tập thể, ${formatNumber(f.individual)} mô hình cá nhân.`,
    );
    expect(text).toContain(
      `${formatNumber(f.recognised)} mô hình được công nhận (trong đó ${formatNumber(f.exemplary)} mô hình tiêu biểu)`,
    );
    for (const o of dashboard.outcomes.filter((x) => x.total > 0)) {
      expect(text).toContain(`${o.name}: ${formatNumber(o.total)} ${o.measure}`);
    }
    expect(text).toContain(`Đã đề nghị khen thưởng ${formatNumber(f.proposed)} mô hình`);
    expect(text).toMatch(
      /Nơi nhận:\s+- Cấp ủy, cơ quan cấp trên \(b\/c\),\s+- Các đơn vị đăng ký mô hình,\s+- Lưu\.\s/,
    );
    expect(text).toContain('Hoàng Văn C');
    // The appendix's total row of models by unit.
    const totals = [f.registered, f.collective, f.individual, f.new, f.continued, f.recognised, f.exemplary];
    expect(layout).toMatch(new RegExp(`Tổng cộng\\s+${totals.join('\\s+')}\\s`));
  }, 180_000);

  it('keeps the header, title, rows and Vietnamese text of each list in Word and Excel', async () => {
    const recognised = dashboard.figures.recognised;
    for (const format of ['xlsx', 'docx'] as const) {
      const { text } = await convertedText(
        await build({ kind: 'recognised', format }),
        `cong-nhan.${format}`,
      );
      expect(text).toContain('DANH SÁCH MÔ HÌNH ĐƯỢC CÔNG NHẬN');
      expect(text).toContain('Mô hình “Dân vận khéo” năm 2023');
      expect(text).toContain(`Tổng cộng: ${recognised} mô hình`);
      expect(text).toContain('T/M BAN THƯỜNG VỤ');
    }
  }, 180_000);

  it('keeps the Word summary’s notes and whole signature on one page with its last rows', async () => {
    const doc = await ok(backend, 'documents.table', { kind: 'round-summary', year: YEAR, roundId });
    const { layout } = await convertedText(
      await build({ kind: 'round-summary', roundId, format: 'docx' }),
      'tong-hop.docx',
    );
    const pages = layout.split('\f').map((page) => page.replace(/\s+/g, ' '));
    const signed = pages.filter((page) => page.includes('T/M BAN THƯỜNG VỤ'));
    expect(signed).toHaveLength(1);
    // The signer's name under the title (the block was split, the name alone on the next page), the notes
    // beside it, and the last two rows above them: the signature never stands alone.
    expect(signed[0]).toContain('Hoàng Văn C');
    expect(signed[0]).toContain('Tổng cộng:');
    const last = doc.sections.at(-1)!.rows.slice(-2);
    for (const row of last) expect(signed[0]).toContain(String(row.cells[1]).slice(0, 20));
  }, 180_000);
});
