import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AVERAGE_ROUNDING_NOTE } from '../../../shared/format/number';
import { ok } from '../../helpers/backend';
import { scoreTotals, withRound } from '../../helpers/evaluation-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

describe('a round summary’s averages in Excel and Word (#12, item 3)', () => {
  const tempDir = useTempDirs();

  it('are rounded half up to two decimals, classified on the exact value, the rule written under the table', async () => {
    const { backend, round, memberIds, models } = await withRound(await tempDir(), {
      models: [{ title: 'Mô hình bảy mươi bảy' }, { title: 'Mô hình sáu mươi chín' }],
    });
    await scoreTotals(backend, { round, memberIds }, models[0]!.id, [77, 78, 78]); // 77,666…
    await scoreTotals(backend, { round, memberIds }, models[1]!.id, [69, 70, 70]); // 69,666…: below 70
    const build = (format: 'xlsx' | 'docx') =>
      ok(backend, 'documents.build', { year: 2023, kind: 'round-summary', roundId: round.id, format });

    const workbook = new ExcelJS.Workbook();
    const xlsx = Buffer.from((await build('xlsx')).dataBase64, 'base64');
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === 'STT');
    const at = (label: string) => rows[header]!.indexOf(label);
    const line = (title: string) => rows.find((r) => r[at('Tên mô hình')] === title)!;
    for (const [title, average, result] of [
      ['Mô hình bảy mươi bảy', 77.67, 'Công nhận'],
      ['Mô hình sáu mươi chín', 69.67, 'Không công nhận'],
    ] as const) {
      expect(line(title)[at('Điểm trung bình')]).toBe(average);
      expect(line(title)[at('Kết quả')]).toBe(result);
    }
    expect(rows.map((r) => r[0])).toContain(AVERAGE_ROUNDING_NOTE);

    const docx = Buffer.from((await build('docx')).dataBase64, 'base64');
    const text = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(text).toContain('77,67');
    expect(text).toContain('69,67');
    expect(text).toContain(AVERAGE_ROUNDING_NOTE);
    await backend.close();
  });

  it('round an exact half at the third decimal up, where half-even would round it down', async () => {
    const { backend, round, memberIds, models } = await withRound(await tempDir(), {
      members: 4,
      models: [{ title: 'Mô hình một phần tám' }, { title: 'Mô hình năm phần tám' }],
    });
    // Totals go by 0.5, so an average's third decimal is 5 only for eighths (k/8), which binary holds exactly:
    // 308.5 / 4 = 77.125 and 310.5 / 4 = 77.625, where half-even would give 77.12 and 77.62.
    await scoreTotals(backend, { round, memberIds }, models[0]!.id, [77.5, 77, 77, 77]);
    await scoreTotals(backend, { round, memberIds }, models[1]!.id, [78, 77.5, 77.5, 77.5]);
    const build = (format: 'xlsx' | 'docx') =>
      ok(backend, 'documents.build', { year: 2023, kind: 'round-summary', roundId: round.id, format });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from((await build('xlsx')).dataBase64, 'base64') as unknown as ArrayBuffer,
    );
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === 'STT');
    const at = (label: string) => rows[header]!.indexOf(label);
    const averageOf = (title: string) =>
      rows.find((r) => r[at('Tên mô hình')] === title)![at('Điểm trung bình')];
    expect(averageOf('Mô hình một phần tám')).toBe(77.13);
    expect(averageOf('Mô hình năm phần tám')).toBe(77.63);

    const docx = Buffer.from((await build('docx')).dataBase64, 'base64');
    const text = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(text).toContain('>77,13<');
    expect(text).toContain('>77,63<');
    expect(text).not.toContain('77,12');
    expect(text).not.toContain('77,62');
    await backend.close();
  });
});
