import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../../shared/text/file-name';

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
  ])('refuses %j', (name) => {
    expect(sanitizeFileName(name)).toBeNull();
  });

  it('keeps Vietnamese names and replaces characters Windows forbids', () => {
    expect(sanitizeFileName('Báo cáo mô hình.docx')).toBe('Báo cáo mô hình.docx');
    expect(sanitizeFileName('Ảnh: "lễ ra quân"?.jpg')).toBe('Ảnh_ _lễ ra quân__.jpg');
    expect(sanitizeFileName('tên.pdf. . ')).toBe('tên.pdf');
    expect(sanitizeFileName('Ảnh'.normalize('NFD'))).toBe('Ảnh'.normalize('NFC'));
  });
});
