import { AsyncLocalStorage } from 'node:async_hooks';
import ExcelJS from 'exceljs';
// @ts-expect-error exceljs ships no types for its parts' readers; see `followParts`.
import BaseXform from 'exceljs/lib/xlsx/xform/base-xform.js';
import JSZip from 'jszip';
import { AppError } from '../../../shared/contract/errors';
import { MAX_IMPORT_ROWS, type Cell } from '../../../shared/domain/registration-import';
import { noProgress, type Progress } from '../jobs';

export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;
/** A zip that inflates past this is refused before it is inflated (a "zip bomb" or a sheet far too big). */
const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

/** Rows read between two progress reports. */
export const ROWS_PER_STEP = 500;

const refuse = (message: string) => new AppError('VALIDATION', message);

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** The parts exceljs parses as XML, as it reads them: all but pictures and themes (read whole, at once). */
const PARSED_ENTRY = /^(?!xl\/(media|theme)\/).*\.(xml|rels)$/;
const uncompressedSize = (entry: JSZip.JSZipObject) =>
  (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;

/** exceljs's parser of an XML part, which every part's reader (sheets, shared strings, styles…) inherits. */
interface XformPrototype {
  parseStream?: (stream: AsyncIterable<unknown>) => Promise<unknown>;
}

/** What a load reports while exceljs parses the XML; the rest of its stretch is the workbook's building. */
const READING_SHARE = 0.6;
export const READING = 'Đang đọc trang tính';
export const BUILDING = 'Đang dựng bảng tính';

/**
 * The workbook being loaded in this async context: how much of its XML is parsed, whom to tell, the zip's
 * last entry (exceljs builds its workbook once that one is parsed) and whether the building was announced.
 */
const loading = new AsyncLocalStorage<{
  seen: number;
  total: number;
  progress: Progress;
  lastEntry: string;
  building: boolean;
}>();

/**
 * Has exceljs count, while it loads a workbook, how much of its XML it has parsed, every part (the worksheets,
 * then the shared strings Excel writes after them), and stop there when the job is cancelled. exceljs feeds
 * each part's text to its parser in chunks; counting them on the way is all this adds, and only for a load
 * run inside `loading`. Should a later exceljs lose that step, loads still work and report only at their end.
 */
function followParts(): void {
  const prototype = (BaseXform as unknown as { prototype: XformPrototype }).prototype;
  const original = prototype.parseStream;
  if (!original) return;
  prototype.parseStream = function (this: unknown, stream) {
    const load = loading.getStore();
    if (!load) return original.call(this, stream);
    async function* counted() {
      for await (const chunk of stream) {
        load!.seen += (chunk as { length?: number }).length ?? 0;
        if (!load!.building) await load!.progress(READING, (READING_SHARE * load!.seen) / load!.total);
        yield chunk;
      }
    }
    return original.call(this, counted());
  };
}
followParts();

interface ZipEntryPrototype {
  async: (this: JSZip.JSZipObject, ...args: unknown[]) => Promise<unknown>;
}
let followingEntries = false;

/**
 * Once exceljs has parsed the zip's last entry, it builds its workbook (rows, cells, styles) in one synchronous
 * step that cannot report: 0.5–2 s of a 30,000-row list, a third of the load. The page would show the
 * reading's last percent standing still all that time; so the step is announced, and the page's next
 * `jobs.progress` waited for, as that last entry's text is handed to exceljs, i.e. before exceljs parses it:
 * "Đang dựng bảng tính" covers that entry's parse (whichever part the file stores last; its reading reports no
 * percent) and then the building. Waiting for the parse's end instead would need to know which part each
 * parse belongs to, and a last entry exceljs does not parse would never announce it. exceljs reads the same
 * bytes with the same JSZip, so its entries are in the order ours are, and share their prototype.
 */
function followEntries(entry: JSZip.JSZipObject): void {
  if (followingEntries) return;
  followingEntries = true;
  const prototype = Object.getPrototypeOf(entry) as ZipEntryPrototype;
  const original = prototype.async;
  prototype.async = async function (this: JSZip.JSZipObject, ...args: unknown[]) {
    const content = await original.apply(this, args);
    const load = loading.getStore();
    if (load && !load.building && this.name === load.lastEntry) {
      load.building = true;
      await load.progress(BUILDING, READING_SHARE, true);
    }
    return content;
  };
}

/**
 * Says what is wrong with a file that is not a readable .xlsx, in words the office understands: an old .xls,
 * a workbook locked with a password (Excel stores those as an OLE file with an "EncryptionInfo" stream), a
 * renamed Word file, or bytes that are not a workbook at all. Nothing is read past the first refusal.
 */
export async function openWorkbook(
  bytes: Buffer,
  what = 'Tệp',
  progress: Progress = noProgress,
): Promise<ExcelJS.Workbook> {
  await progress('Đang mở tệp', 0);
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
  let parsedChars = 0;
  let lastEntry: JSZip.JSZipObject | undefined;
  zip.forEach((path, entry) => {
    unzipped += uncompressedSize(entry);
    if (PARSED_ENTRY.test(path)) parsedChars += uncompressedSize(entry);
    if (!entry.dir) lastEntry = entry;
  });
  if (unzipped > MAX_UNZIPPED_BYTES)
    throw refuse(`${what} quá lớn khi giải nén: hãy chia thành nhiều tệp nhỏ hơn.`);
  if (lastEntry) followEntries(lastEntry);
  const workbook = new ExcelJS.Workbook();
  const load = {
    seen: 0,
    total: Math.max(1, parsedChars),
    progress,
    lastEntry: lastEntry?.name ?? '',
    building: false,
  };
  try {
    await loading.run(load, () => workbook.xlsx.load(bytes as unknown as ArrayBuffer));
  } catch (error) {
    if (error instanceof AppError && error.code === 'CANCELLED') throw error;
    throw refuse(`${what} Excel bị hỏng, không đọc được. Hãy mở bằng Excel, lưu lại rồi chọn lại.`);
  }
  await progress(BUILDING, 1);
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
export async function sheetGrid(
  sheet: ExcelJS.Worksheet,
  progress: Progress = noProgress,
): Promise<Cell[][]> {
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 100) {
    throw refuse(
      `Trang “${sheet.name}” có hơn ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng: hãy chia danh sách thành nhiều tệp.`,
    );
  }
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push(row));
  const grid: Cell[][] = [];
  for (const [i, row] of rows.entries()) {
    if (i % ROWS_PER_STEP === 0) await progress('Đang đọc các dòng', i / rows.length);
    const line: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      line[col - 1] = cellValue(cell.value);
    });
    grid[row.number - 1] = Array.from(line, (c) => c ?? null);
  }
  return Array.from(grid, (line) => line ?? []);
}
