import { describe, expect, it } from 'vitest';
import { savePdfInputSchema } from '../../../shared/contract/printing';
import { fileNameFromTitle, sanitizeFileName } from '../../../shared/text/file-name';
import { pdfFileName } from '../../../renderer/src/print/pdf-file-name';

describe('sanitizeFileName', () => {
  it.each([
    '../office.json',
    '..\\..\\x.txt',
    '/etc/passwd',
    'C:\\Windows\\x.dll',
    'c:x',
    'a/b.pdf',
    '..',
    '.',
    '',
    '   ',
    'CON',
    'nul.txt',
    'COM1 .txt',
    'CONIN$',
    'conout$.log',
    'LPT¹.pdf',
    'aux . .',
    '\u202E',
  ])('refuses %j', (name) => {
    expect(sanitizeFileName(name)).toBeNull();
  });

  it('keeps Vietnamese names and replaces characters Windows forbids', () => {
    expect(sanitizeFileName('Báo cáo mô hình.docx')).toBe('Báo cáo mô hình.docx');
    expect(sanitizeFileName('Ảnh: "lễ ra quân"?.jpg')).toBe('Ảnh_ _lễ ra quân__.jpg');
    expect(sanitizeFileName('tên.pdf. . ')).toBe('tên.pdf');
    expect(sanitizeFileName('Ảnh'.normalize('NFD'))).toBe('Ảnh'.normalize('NFC'));
  });

  it('drops control characters and direction overrides, so a name shows what it is', () => {
    expect(sanitizeFileName('a\u202Efdp.exe')).toBe('afdp.exe');
    expect(sanitizeFileName('bi\u0000ên\u0007 bản\u001b.pdf')).toBe('biên bản.pdf');
    expect(sanitizeFileName('\u2066x\u2069.txt\u200F')).toBe('x.txt');
  });

  it('builds a PDF or export name from a title that Windows accepts as it is', () => {
    expect(pdfFileName('Bảng tổng hợp - Đợt 1: "Tổng kết"?')).toBe('Bảng tổng hợp - Đợt 1- -Tổng kết-.pdf');
    expect(pdfFileName('CON')).toBe('_CON.pdf');
    expect(pdfFileName('com1 . ')).toBe('_com1.pdf');
    expect(pdfFileName('Đợt 1 \u202Efdp.exe. . ')).toBe('Đợt 1 fdp.exe.pdf');
    expect(pdfFileName('\u0000\u0007')).toBe('Van ban.pdf');
    expect(fileNameFromTitle('x'.repeat(300), 'xlsx', 10, 'Bang')).toBe('xxxxxxxxxx.xlsx');
  });

  it('refuses a PDF name that is a device, or hides characters', () => {
    for (const fileName of ['CON.pdf', 'com1 .pdf', 'a\u202Efdp.pdf', 'a\u0000.pdf', 'x/y.pdf', 'a:b.pdf'])
      expect(savePdfInputSchema.safeParse({ fileName, landscape: false }).success, fileName).toBe(false);
    expect(savePdfInputSchema.safeParse({ fileName: 'Báo cáo 2023.pdf', landscape: false }).success).toBe(
      true,
    );
  });
});
