import ExcelJS from 'exceljs';
import type { Margins } from '../../../shared/domain/office-settings';
import type { Cell, ColumnType, ListDocument } from '../../../shared/documents/list-document';

const FONT = 'Times New Roman';
const A4 = 9;
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/**
 * Number formats are stored in the file's own (English) notation and shown in the reader's locale: on a
 * Vietnamese Windows `#,##0` reads "1.234" and `0.00` reads "85,50".
 */
const formats: Record<Exclude<ColumnType, 'text'>, string> = {
  number: '#,##0',
  average: '0.00',
  date: 'dd/mm/yyyy',
};
const FRACTION_FORMAT = '#,##0.0#';

/** An ISO day as the Excel date of that day (exceljs counts days in UTC). */
const excelDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

function cellValue(type: ColumnType, value: Cell): ExcelJS.CellValue {
  if (value === null || value === '') return type === 'text' ? '' : null;
  if (type === 'date' && typeof value === 'string') return excelDate(value);
  return value;
}

const inches = (mm: number) => mm / 25.4;

/**
 * A list as an Excel workbook the office can keep working in: the Party header and the title above the table,
 * a bold bordered header row that is frozen, filtered and repeated on every printed page, numbers and dates
 * as real numbers and dates, A4 fitted to the page width, and the signature block under the table.
 */
export async function writeListXlsx(doc: ListDocument, margins: Margins): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.head.issuer || 'Dân vận khéo';
  const sheet = workbook.addWorksheet(sheetName(doc.title), {
    pageSetup: {
      paperSize: A4,
      orientation: doc.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        top: inches(margins.top),
        bottom: inches(margins.bottom),
        left: inches(margins.left),
        right: inches(margins.right),
        header: 0.3,
        footer: 0.3,
      },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' },
  });
  const width = doc.columns.length;
  sheet.columns = doc.columns.map((c) => ({ width: c.width }));
  // The two blocks of the Party header share the width: the issuer left, the nation and date right.
  const split = Math.max(1, Math.floor(width / 2));
  let row = 1;

  const line = (
    text: string,
    from: number,
    to: number,
    font: Partial<ExcelJS.Font>,
    align: ExcelJS.Alignment['horizontal'] = 'center',
  ) => {
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = text;
    cell.font = { name: FONT, size: 14, ...font };
    cell.alignment = { horizontal: align, vertical: 'top', wrapText: true };
  };

  const left = [
    { text: doc.head.parent, font: {} },
    { text: doc.head.issuer, font: { bold: true } },
    { text: '*', font: {} },
    { text: doc.head.number, font: {} },
  ];
  const right = [
    { text: doc.head.party, font: { bold: true, size: 15, underline: true } },
    { text: doc.head.placeAndDate, font: { italic: true } },
  ];
  for (let i = 0; i < left.length; i++, row++) {
    line(left[i]!.text, 1, split, left[i]!.font);
    if (right[i]) line(right[i]!.text, split + 1, width, right[i]!.font);
  }
  row++;
  line(doc.title.toLocaleUpperCase('vi'), 1, width, { bold: true, size: 15 });
  row++;
  for (const subject of doc.subject) {
    line(subject, 1, width, { bold: true });
    row++;
  }
  row++;

  const headerRow = row;
  const header = sheet.getRow(headerRow);
  doc.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.label;
    cell.font = { name: FONT, size: 13, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  header.height = rowHeight(
    doc,
    doc.columns.map((c) => c.label),
  );
  row++;

  // One style object per column, shared by its cells: 5,000 rows stay fast to write.
  const styles = doc.columns.map((c) => ({
    font: { name: FONT, size: 13 },
    border: THIN,
    alignment: {
      vertical: 'top' as const,
      wrapText: true,
      horizontal: c.type === 'text' ? ('left' as const) : ('center' as const),
    },
    ...(c.type === 'text' ? {} : { numFmt: formats[c.type] }),
  }));
  const bold = styles.map((s) => ({ ...s, font: { ...s.font, bold: true } }));
  for (const section of doc.sections) {
    if (section.heading !== null) {
      sheet.mergeCells(row, 1, row, width);
      const cell = sheet.getCell(row, 1);
      cell.value = section.heading;
      cell.style = bold[1] ?? bold[0]!;
      cell.alignment = { horizontal: 'left', vertical: 'top' };
      row++;
    }
    for (const data of section.rows) {
      const r = sheet.getRow(row++);
      r.height = rowHeight(doc, data.cells);
      data.cells.forEach((value, i) => {
        const column = doc.columns[i]!;
        const cell = r.getCell(i + 1);
        cell.value = cellValue(column.type, value);
        cell.style = data.bold ? bold[i]! : styles[i]!;
        if (typeof value === 'number' && column.type === 'number' && !Number.isInteger(value)) {
          cell.numFmt = FRACTION_FORMAT;
        }
        if (data.struck?.includes(i)) cell.font = { ...styles[i]!.font, strike: true };
      });
    }
  }
  const lastRow = row - 1;
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: Math.max(headerRow, lastRow), column: width },
  };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;

  row++;
  for (const note of doc.notes) {
    line(note, 1, width, { size: 13 }, 'left');
    sheet.getRow(row).height = Math.max(20, Math.ceil(note.length / (totalWidth(doc) * 0.9)) * 18);
    row++;
  }
  row++;
  for (const text of doc.signature.lines) {
    line(text, split + 1, width, { bold: true });
    row++;
  }
  row += 3;
  line(doc.signature.name, split + 1, width, { bold: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Points per line of 13 pt text. */
const LINE = 17;

/**
 * Wrapped text needs its row tall enough, and neither Excel nor LibreOffice grows a row on opening a file:
 * the lines each cell needs at its column's width, estimated from its length, word wrapping included.
 */
function rowHeight(doc: ListDocument, cells: readonly Cell[]): number {
  let lines = 1;
  cells.forEach((value, i) => {
    if (typeof value !== 'string' || value === '') return;
    const perLine = Math.max(4, doc.columns[i]!.width * 1.1 - 2);
    const needed = value
      .split('\n')
      .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return lines * LINE + 3;
}

const totalWidth = (doc: ListDocument) => doc.columns.reduce((w, c) => w + c.width, 0);

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}
