import { useParams } from 'react-router-dom';
import type { ListKind } from '../../../shared/contract/documents';
import { cellText, type DocumentRow, type ListDocument } from '../../../shared/documents/list-document';
import { yearSchema } from '../../../shared/domain/office-settings';
import { useDocumentTable } from '../api/queries/documents';
import { useSettings } from '../api/queries/settings';
import { contentTop } from './measure';
import { PagedSheets, pageStatus, usePageLayout, type PageLayout } from './PagedSheets';
import { paginate } from './paginate';
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
  const { pages, layout } = usePageLayout<ListDocument, number[]>(
    doc ?? null,
    settings.data?.margins ?? null,
  );
  return (
    <PrintFrame
      fileName={pdfFileName(doc?.fileStem ?? 'Danh sách')}
      landscape={doc?.landscape ?? false}
      margins={layout?.margins ?? null}
      numbered
      error={year === null ? new Error('Năm không hợp lệ.') : (settings.error ?? table.error)}
      ready={pages !== null}
      status={layout ? pageStatus(pages) : undefined}
    >
      {layout ? <PagedList layout={layout} /> : null}
    </PrintFrame>
  );
}

function PagedList({ layout }: { layout: PageLayout<ListDocument, number[]> }) {
  const doc = layout.of;
  const lines = linesOf(doc);
  return (
    <PagedSheets
      layout={layout}
      landscape={doc.landscape}
      measure={pageList}
      whole={<ListSheet doc={doc} lines={lines} first last />}
      page={(rows, p, count) => (
        <ListSheet doc={doc} lines={rows.map((r) => lines[r]!)} first={p === 0} last={p === count - 1} />
      )}
    />
  );
}

/** A body row of the table: a group's heading across the columns, or a row of cells. */
type Line = { heading: string } | { row: DocumentRow };

const linesOf = (doc: ListDocument): Line[] =>
  doc.sections.flatMap((s) => [
    ...(s.heading === null ? [] : [{ heading: s.heading }]),
    ...s.rows.map((row) => ({ row })),
  ]);

/** The rows of each page, from the heights read off the whole list laid out at the paper's width. */
function pageList(sheet: HTMLElement, pageHeight: number): number[][] {
  const table = sheet.querySelector('table')!.getBoundingClientRect();
  const signature = sheet.querySelector('.party-signature')!.getBoundingClientRect();
  return paginate({
    pageHeight,
    head: table.top - contentTop(sheet),
    headerRow: sheet.querySelector('thead')!.getBoundingClientRect().height,
    rows: [...sheet.querySelectorAll('tbody > tr')].map((tr) => ({
      height: tr.getBoundingClientRect().height,
      keepWithNext: tr.classList.contains('group-row'),
    })),
    tail: signature.bottom - table.bottom,
  });
}

/** One sheet of the list: the head on the first, the table's header row on each, notes and signature on the last. */
function ListSheet({
  doc,
  lines,
  first,
  last,
}: {
  doc: ListDocument;
  lines: Line[];
  first: boolean;
  last: boolean;
}) {
  const total = doc.columns.reduce((w, c) => w + c.width, 0);
  return (
    <section className={doc.landscape ? 'print-sheet landscape' : 'print-sheet'}>
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
        <SignatureBlock
          signer={doc.signature}
          aside={
            <div className="list-notes">
              {doc.notes.map((note) => (
                <p key={note}>{note}</p>
              ))}
            </div>
          }
        />
      )}
    </section>
  );
}
