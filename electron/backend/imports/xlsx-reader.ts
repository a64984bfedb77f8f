import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError } from '../../../shared/contract/errors';
import { MAX_IMPORT_ROWS, type Cell } from '../../../shared/domain/registration-import';

export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
/** A zip that inflates past this is refused before it is inflated (a "zip bomb" or a sheet far too big). */
const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

const refuse = (message: string) => new AppError('VALIDATION', message);

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/**
 * Says what is wrong with a file that is not a readable .xlsx, in words the office understands: an old .xls,
 * a workbook locked with a password (Excel stores those as an OLE file with an "EncryptionInfo" stream), a
 * renamed Word file, or bytes that are not a workbook at all. Nothing is read past the first refusal.
 */
export async function openWorkbook(bytes: Buffer, what = 'Tệp'): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw refuse(`${what} rỗng (0 byte): hãy chọn đúng tệp Excel .xlsx.`);
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw refuse(`${what} lớn hơn 20 MB: hãy chia danh sách thành nhiều tệp nhỏ hơn.`);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    if (bytes.includes(utf16('EncryptionInfo'))) {
      throw refuse(
        `${what} Excel có đặt mật khẩu: hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại và chọn lại.`,
      );
    }
    throw refuse(
      `${what} là dạng Excel 97-2003 (.xls) hoặc tài liệu Office cũ: hãy mở bằng Excel, chọn “Lưu thành” kiểu “Excel Workbook (.xlsx)” rồi chọn lại tệp .xlsx.`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw refuse(`${what} không phải là tệp Excel (.xlsx) hoặc đã bị hỏng.`);
  }
  if (zip.file('word/document.xml')) {
    throw refuse(`${what} là văn bản Word (.docx) bị đổi đuôi, không phải tệp Excel.`);
  }
  if (!zip.file('xl/workbook.xml')) {
    throw refuse(`${what} không phải là sổ làm việc Excel (.xlsx).`);
  }
  let unzipped = 0;
  zip.forEach((_path, entry) => {
    unzipped += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (unzipped > MAX_UNZIPPED_BYTES)
    throw refuse(`${what} quá lớn khi giải nén: hãy chia thành nhiều tệp nhỏ hơn.`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse(`${what} Excel bị hỏng, không đọc được. Hãy mở bằng Excel, lưu lại rồi chọn lại.`);
  }
  return workbook;
}

/** A cell as the import reads it: a formula by its cached result, rich text and links by their text. */
export function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date))
      ? null
      : (result as Cell);
  }
  if ('text' in value && 'hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  return null; // an error value ("#N/A") reads as empty
}

/** A worksheet as rows of cells, row 1 first; a merged range gives its value to every cell it covers. */
export function sheetGrid(sheet: ExcelJS.Worksheet): Cell[][] {
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 100) {
    throw refuse(
      `Trang “${sheet.name}” có hơn ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng: hãy chia danh sách thành nhiều tệp.`,
    );
  }
  const grid: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      line[col - 1] = cellValue(cell.value);
    });
    grid[rowNumber - 1] = Array.from(line, (c) => c ?? null);
  });
  return Array.from(grid, (line) => line ?? []);
}
