import { useEffect, useRef, useState, type Ref } from 'react';
import { useParams } from 'react-router-dom';
import type { ListKind } from '../../../shared/contract/documents';
import { cellText, type DocumentRow, type ListDocument } from '../../../shared/documents/list-document';
import { yearSchema, type Margins } from '../../../shared/domain/office-settings';
import { useDocumentTable } from '../api/queries/documents';
import { useSettings } from '../api/queries/settings';
import { paginate, type ListMeasure } from './paginate';
import { PartyHead } from './PartyHeader';
import { pdfFileName } from './pdf-file-name';
import { PrintFrame } from './PrintFrame';
import { SignatureBlock } from './SignatureBlock';

/**
 * A list printed from the same document model its Word and Excel files are written from (built on the
 * backend by shared/documents), so paper and files show the same rows, ranks and totals. Routes:
 * /in/danh-sach-mo-hinh/:year, /in/cong-nhan/:year, /in/khen-thuong/:year, /in/bang-tong-hop/:year/:roundId.
 *
 * The list is laid out once whole to measure its rows, then drawn as the pages it will print on (`paginate`):
 * the preview shows each page and "Trang 1/2", and the paper breaks at the same rows.
 */
export function ListPrintPage({ kind }: { kind: ListKind }) {
  const params = useParams();
  const year = yearSchema.safeParse(Number(params.year)).data ?? null;
  const settings = useSettings();
  const request =
    year === null ? null : { kind, year, ...(params.roundId ? { roundId: params.roundId } : {}) };
  const table = useDocumentTable(request);
  const doc = table.data;
  const margins = settings.data?.margins ?? null;
  const [paged, setPaged] = useState<Paged | null>(null);
  // The count of the pages laid out for this document at these margins; null while they are measured.
  const pageCount = paged && paged.doc === doc && paged.margins === margins ? paged.pages.length : null;
  return (
    <PrintFrame
      fileName={pdfFileName(doc?.fileStem ?? 'Danh sách')}
      landscape={doc?.landscape ?? false}
      margins={margins}
      numbered
      error={year === null ? new Error('Năm không hợp lệ.') : (settings.error ?? table.error)}
      ready={pageCount !== null}
      status={pageCount !== null ? `${pageCount} trang` : doc && margins ? 'Đang chia trang…' : undefined}
    >
      {doc && margins ? <PagedList doc={doc} margins={margins} paged={paged} onPaged={setPaged} /> : null}
    </PrintFrame>
  );
}

/** A body row of the table: a group's heading across the columns, or a row of cells. */
type Line = { heading: string } | { row: DocumentRow };

/** The pages (row indexes of each) a document was cut into at the given margins. */
interface Paged {
  doc: ListDocument;
  margins: Margins;
  pages: number[][];
}

const MM = 96 / 25.4;

function PagedList({
  doc,
  margins,
  paged,
  onPaged,
}: {
  doc: ListDocument;
  margins: Margins;
  paged: Paged | null;
  onPaged: (paged: Paged) => void;
}) {
  const lines: Line[] = doc.sections.flatMap((s) => [
    ...(s.heading === null ? [] : [{ heading: s.heading }]),
    ...s.rows.map((row) => ({ row })),
  ]);
  const measured = useRef<HTMLElement>(null);
  const pages = paged && paged.doc === doc && paged.margins === margins ? paged.pages : null;

  useEffect(() => {
    let live = true;
    // Tinos' metrics decide the rows' heights: measure once the font is in.
    void document.fonts.ready.then(() => {
      const sheet = measured.current;
      if (!live || !sheet) return;
      const paper = doc.landscape ? 210 : 297;
      onPaged({
        doc,
        margins,
        pages: paginate(measureList(sheet, (paper - margins.top - margins.bottom) * MM)),
      });
    });
    return () => {
      live = false;
    };
  }, [doc, margins, onPaged]);

  if (pages === null) {
    return <ListSheet doc={doc} lines={lines} first last className="print-measure" sheetRef={measured} />;
  }
  return pages.map((rows, p) => (
    <div key={p} className="print-page">
      <ListSheet
        doc={doc}
        lines={rows.map((r) => lines[r]!)}
        first={p === 0}
        last={p === pages.length - 1}
        className={p === pages.length - 1 ? '' : 'page-break'}
        {...(p > 0 ? { number: { page: p + 1, marginTop: margins.top } } : {})}
      />
      <div className="print-page-label">
        Trang {p + 1}/{pages.length}
      </div>
    </div>
  ));
}

/** The heights `paginate` needs, read from the whole list laid out at the paper's width. */
function measureList(sheet: HTMLElement, pageHeight: number): ListMeasure {
  const top = sheet.getBoundingClientRect().top + parseFloat(getComputedStyle(sheet).paddingTop);
  const table = sheet.querySelector('table')!.getBoundingClientRect();
  const signature = sheet.querySelector('.party-signature')!.getBoundingClientRect();
  return {
    pageHeight,
    head: table.top - top,
    headerRow: sheet.querySelector('thead')!.getBoundingClientRect().height,
    rows: [...sheet.querySelectorAll('tbody > tr')].map((tr) => ({
      height: tr.getBoundingClientRect().height,
      keepWithNext: tr.classList.contains('group-row'),
    })),
    tail: signature.bottom - table.bottom,
  };
}

/** One sheet of the list: the head on the first, the table's header row on each, notes and signature on the last. */
function ListSheet({
  doc,
  lines,
  first,
  last,
  className,
  number,
  sheetRef,
}: {
  doc: ListDocument;
  lines: Line[];
  first: boolean;
  last: boolean;
  className: string;
  /** The page's number, shown on screen where the paper prints it (top centre, from page 2). */
  number?: { page: number; marginTop: number };
  sheetRef?: Ref<HTMLElement>;
}) {
  const total = doc.columns.reduce((w, c) => w + c.width, 0);
  return (
    <section ref={sheetRef} className={`print-sheet${doc.landscape ? ' landscape' : ''} ${className}`}>
      {number && (
        <div className="print-page-number" style={{ top: `${number.marginTop / 2}mm` }}>
          {number.page}
        </div>
      )}
      {first && (
        <PartyHead
          head={doc.head}
          title={doc.title}
          subject={doc.subject.map((line) => (
            <div key={line}>{line}</div>
          ))}
        />
      )}
      {(first || lines.length > 0) && (
        <table className="print-table list-table">
          <colgroup>
            {doc.columns.map((c, i) => (
              <col key={i} style={{ width: `${((c.width / total) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {doc.columns.map((c, i) => (
                <th key={i}>{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line, l) =>
              'heading' in line ? (
                <tr key={l} className="group-row">
                  <td className="bold" colSpan={doc.columns.length}>
                    {line.heading}
                  </td>
                </tr>
              ) : (
                <tr key={l} className={line.row.bold ? 'bold' : undefined}>
                  {line.row.cells.map((value, i) => {
                    const column = doc.columns[i]!;
                    const text = cellText(column.type, value);
                    return (
                      <td key={i} className={column.type === 'text' ? 'list-text' : 'list-figure'}>
                        {line.row.struck?.includes(i) ? <s>{text}</s> : text}
                      </td>
                    );
                  })}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {last && (
        <>
          <div className="list-notes">
            {doc.notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
          </div>
          <SignatureBlock signer={doc.signature} />
        </>
      )}
    </section>
  );
}
