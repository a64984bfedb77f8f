import {
  AlignmentType,
  BorderStyle,
  HighlightColor,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { ReportRun } from '../../../shared/documents/annual-report';
import {
  cellText,
  type DocumentColumn,
  type DocumentRow,
  type ListDocument,
  type Signature,
} from '../../../shared/documents/list-document';
import { recipientLines } from '../../../shared/documents/party-format';
import type { Margins } from '../../../shared/domain/office-settings';

/** Sizes in half-points, as Word stores them: body 14 pt, tables 13 pt, the header's "ĐẢNG CỘNG SẢN VIỆT NAM" 15. */
export const BODY = 28;
export const TABLE = 26;
const PARTY = 30;
const TITLE = 32;
/** "Nơi nhận:" and its list, 12 pt. */
const RECIPIENTS = 24;

/** A4 in twentieths of a point. */
export const A4 = { width: 11906, height: 16838 };
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

export function pageMargins(margins: Margins) {
  return {
    top: twips(margins.top),
    bottom: twips(margins.bottom),
    left: twips(margins.left),
    right: twips(margins.right),
    header: twips(Math.min(10, margins.top / 2)),
  };
}

/** The writing width of the page in twips, between the margins. */
export const textWidth = (margins: Margins, landscape: boolean) =>
  (landscape ? A4.height : A4.width) - twips(margins.left) - twips(margins.right);

const NO_BORDERS = TableBorders.NONE;
const NO_CELL_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

export function text(value: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text: value, ...options });
}

export function centred(
  runs: ParagraphChild[],
  options: Omit<IParagraphOptions, 'children'> = {},
): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: runs, ...options });
}

/** A borderless table of two cells side by side: the Party header, the signature block. */
function sideBySide(left: Paragraph[], right: Paragraph[], width: number, leftShare: number): Table {
  const leftWidth = Math.round(width * leftShare);
  const cell = (children: Paragraph[], size: number) =>
    new TableCell({
      children,
      width: { size, type: WidthType.DXA },
      borders: NO_CELL_BORDERS,
      verticalAlign: VerticalAlign.TOP,
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, width - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // Never split across pages: a signer's name alone at the top of the next page.
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, width - leftWidth)] }),
    ],
  });
}

/**
 * The head of a Party document (Hướng dẫn 36-HD/VPTW) as a borderless two-column table: the issuing body
 * left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date right; then the title and its subject, centred.
 */
export function partyHead(
  doc: Pick<ListDocument, 'head' | 'title' | 'subject'>,
  width: number,
): (Paragraph | Table)[] {
  const { head } = doc;
  const size = { size: BODY };
  return [
    sideBySide(
      [
        centred([text(head.parent, size)]),
        centred([text(head.issuer, { ...size, bold: true })]),
        centred([text('*', size)]),
        centred([text(head.number, size)]),
      ],
      [
        centred([text(head.party, { size: PARTY, bold: true, underline: {} })]),
        centred([text(head.placeAndDate, { ...size, italics: true })], { spacing: { before: 120 } }),
      ],
      width,
      0.42,
    ),
    centred([text(doc.title.toLocaleUpperCase('vi'), { size: TITLE, bold: true })], {
      spacing: { before: 360 },
    }),
    ...doc.subject.map((line) => centred([text(line, { ...size, bold: true })])),
    new Paragraph({ children: [], spacing: { after: 120 } }),
  ];
}

/**
 * "Nơi nhận:" at the left (12 pt bold italic underlined, the list 12 pt, as the print's `.party-recipients`), the signature block at the right; `aside` at the
 * left above them: a list's notes beside its signature, as the print has them, so the two keep one page.
 */
export function signatureBlock(
  signature: Signature,
  recipients: readonly string[],
  width: number,
  aside: readonly Paragraph[] = [],
): Table {
  const left = [
    ...aside,
    ...(recipients.length
      ? [
          new Paragraph({
            children: [text('Nơi nhận:', { size: RECIPIENTS, bold: true, italics: true, underline: {} })],
          }),
          ...recipientLines(recipients).map(
            (line) => new Paragraph({ children: [text(line, { size: RECIPIENTS })] }),
          ),
        ]
      : []),
  ];
  const right = [
    ...signature.lines.map((line) => centred([text(line, { size: BODY, bold: true })])),
    ...[1, 2, 3].map(() => new Paragraph({ children: [] })),
    centred([text(signature.name, { size: BODY, bold: true })]),
  ];
  return sideBySide(left.length ? left : [new Paragraph({ children: [] })], right, width, 0.5);
}

const tableRun = (value: string, options: Omit<IRunOptions, 'text'> = {}) =>
  value
    .split('\n')
    .map((line, i) => new TextRun({ text: line, size: TABLE, ...(i > 0 ? { break: 1 } : {}), ...options }));

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** Borders and cell margins are the table's, not each cell's: a province's tables have thousands of cells. */
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

function tableCell(children: Paragraph[], columnSpan?: number): TableCell {
  return new TableCell({ children, ...(columnSpan ? { columnSpan } : {}) });
}

/** The narrowest a column can be: its longest header word (bold 13 pt) or a date on one line. */
const minimumTwips = (c: DocumentColumn) =>
  c.type === 'date' ? 1500 : Math.max(...c.label.split(/\s+/).map((w) => w.length)) * 150 + 220;

/**
 * Columns share the width in proportion to their widths in characters; a column that would be narrower than
 * its header's longest word gets that much, taken from the others in proportion to their slack.
 */
function columnTwips(columns: readonly DocumentColumn[], width: number): number[] {
  const total = columns.reduce((w, c) => w + c.width, 0);
  const minimum = columns.map(minimumTwips);
  const raised = columns.map((c, i) => Math.max((c.width / total) * width, minimum[i]!));
  const excess = raised.reduce((a, b) => a + b, 0) - width;
  const slack = raised.reduce((s, w, i) => s + (w - minimum[i]!), 0);
  return raised.map((w, i) =>
    Math.floor(slack > 0 && excess > 0 ? w - (excess * (w - minimum[i]!)) / slack : w),
  );
}

/**
 * A bordered table at 13 pt whose header row repeats on every page; the columns share the page's width in
 * proportion to their widths in characters. `sections` headings become bold rows across the table.
 */
export function dataTable(
  columns: readonly DocumentColumn[],
  sections: readonly { heading: string | null; rows: readonly DocumentRow[] }[],
  width: number,
  /** How many of the last rows stay on the page of what follows the table (the signature). */
  keepLast = 0,
): Table {
  let left = sections.reduce((n, s) => n + s.rows.length, 0);
  const widths = columnTwips(columns, width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => tableCell([centred(tableRun(c.label, { bold: true }))])),
  });
  const rows: TableRow[] = [header];
  for (const section of sections) {
    if (section.heading !== null) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            tableCell(
              [new Paragraph({ keepNext: true, children: tableRun(section.heading, { bold: true }) })],
              columns.length,
            ),
          ],
        }),
      );
    }
    for (const row of section.rows) {
      const keepNext = left-- <= keepLast;
      rows.push(
        new TableRow({
          cantSplit: true,
          children: row.cells.map((value, i) => {
            const column = columns[i]!;
            const runs = tableRun(cellText(column.type, value), {
              ...(row.bold ? { bold: true } : {}),
              ...(row.struck?.includes(i) ? { strike: true } : {}),
            });
            return tableCell([
              new Paragraph({
                ...(keepNext ? { keepNext } : {}),
                ...(column.type === 'text' ? {} : { alignment: AlignmentType.CENTER }),
                children: runs,
              }),
            ]);
          }),
        }),
      );
    }
  }
  if (sections.every((s) => s.rows.length === 0)) {
    rows.push(
      new TableRow({
        children: [tableCell([centred(tableRun('Không có số liệu.', { italics: true }))], columns.length)],
      }),
    );
  }
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows,
  });
}

/** A paragraph of the report's body: justified, first line indented, placeholders highlighted. */
export function bodyParagraph(runs: readonly ReportRun[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(12.7) },
    spacing: { before: 60, after: 60 },
    children: runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          size: BODY,
          bold: r.bold ?? false,
          italics: r.italic ?? false,
          ...(r.placeholder ? { highlight: HighlightColor.YELLOW } : {}),
        }),
    ),
  });
}

export function noteParagraph(note: string): Paragraph {
  return new Paragraph({
    spacing: { before: 120 },
    children: [text(note, { size: TABLE, italics: note.startsWith('Ghi chú') })],
  });
}
