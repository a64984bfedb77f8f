import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import type { AnnualReport } from '../../../shared/documents/annual-report';
import type { ListDocument } from '../../../shared/documents/list-document';
import { ROWS_WITH_SIGNATURE } from '../../../shared/documents/party-format';
import type { Margins } from '../../../shared/domain/office-settings';
import {
  A4,
  BODY,
  bodyParagraph,
  centred,
  dataTable,
  noteParagraph,
  pageMargins,
  partyHead,
  signatureBlock,
  text,
  textWidth,
} from './docx-parts';

/** A chart of "Tổng quan" drawn by the renderer: a PNG and its size in pixels, for its proportions. */
export interface ChartImage {
  title: string;
  pngBase64: string;
  width: number;
  height: number;
}

/** Pixels across the report's page (A4 portrait less the default margins is about 624 px at 96 dpi). */
const CHART_WIDTH = 600;

/** Page numbers at the top centre from the second page on; the first page carries the Party header. */
function section(
  margins: Margins,
  landscape: boolean,
  children: ISectionOptions['children'],
): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          ...A4,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: pageMargins(margins),
      },
      titlePage: true,
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY })],
          }),
        ],
      }),
      first: new Header({ children: [] }),
    },
    children,
  };
}

function document(sections: ISectionOptions[], title: string): Document {
  return new Document({
    title,
    creator: 'Dân vận khéo',
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY } } } },
    sections,
  });
}

/** A list as a Word document: the Party header, the table (its header row repeated), notes beside the signature. */
export async function writeListDocx(doc: ListDocument, margins: Margins): Promise<Buffer> {
  const width = textWidth(margins, doc.landscape);
  const children: (Paragraph | Table)[] = [
    ...partyHead(doc, width),
    dataTable(doc.columns, doc.sections, width, ROWS_WITH_SIGNATURE),
    new Paragraph({ keepNext: true, children: [] }),
    signatureBlock(doc.signature, [], width, doc.notes.map(noteParagraph)),
  ];
  return Packer.toBuffer(document([section(margins, doc.landscape, children)], doc.title));
}

/**
 * "Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm …": header, sections 1-8, signature and
 * "Nơi nhận:", then the appendix tables and, when the renderer sent them, the charts of "Tổng quan".
 */
export async function writeAnnualReportDocx(
  report: AnnualReport,
  margins: Margins,
  charts: readonly ChartImage[],
): Promise<Buffer> {
  const width = textWidth(margins, false);
  const children: (Paragraph | Table)[] = [...partyHead(report, width)];
  const blocks = (list: AnnualReport['body']) => {
    for (const block of list) {
      if (block.type === 'heading') {
        children.push(
          new Paragraph({
            spacing: { before: 120, after: 60 },
            keepNext: true,
            children: [text(block.text, { bold: true })],
          }),
        );
      } else if (block.type === 'paragraph') {
        children.push(bodyParagraph(block.runs));
      } else {
        children.push(
          new Paragraph({
            spacing: { before: 240, after: 120 },
            keepNext: true,
            children: [text(block.caption, { bold: true })],
          }),
          dataTable(block.columns, [{ heading: null, rows: block.rows }], width),
        );
      }
    }
  };
  blocks(report.body);
  children.push(new Paragraph({ children: [] }), signatureBlock(report.signature, report.recipients, width));

  children.push(
    centred([text(report.appendixTitle.toLocaleUpperCase('vi'), { bold: true })], { pageBreakBefore: true }),
    centred([
      text(`(Kèm theo ${report.fileStem.charAt(0).toLocaleLowerCase('vi')}${report.fileStem.slice(1)})`, {
        italics: true,
      }),
    ]),
  );
  blocks(report.appendix);
  charts.forEach((chart, i) => {
    const height = Math.round((CHART_WIDTH * chart.height) / chart.width);
    children.push(
      new Paragraph({
        spacing: { before: 240, after: 120 },
        keepNext: true,
        children: [text(`Biểu đồ ${i + 1}. ${chart.title}`, { bold: true })],
      }),
      centred([
        new ImageRun({
          type: 'png',
          data: Buffer.from(chart.pngBase64, 'base64'),
          transformation: { width: CHART_WIDTH, height },
          altText: { name: chart.title, description: chart.title, title: chart.title },
        }),
      ]),
    );
  });
  return Packer.toBuffer(document([section(margins, false, children)], report.fileStem));
}
