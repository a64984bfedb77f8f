import { Fragment } from 'react';
import { useParams } from 'react-router-dom';
import type { ListKind } from '../../../shared/contract/documents';
import { cellText, type ListDocument } from '../../../shared/documents/list-document';
import { yearSchema } from '../../../shared/domain/office-settings';
import { useDocumentTable } from '../api/queries/documents';
import { useSettings } from '../api/queries/settings';
import { PartyHead } from './PartyHeader';
import { pdfFileName } from './pdf-file-name';
import { PrintFrame } from './PrintFrame';
import { SignatureBlock } from './SignatureBlock';

/**
 * A list printed from the same document model its Word and Excel files are written from (built on the
 * backend by shared/documents), so paper and files show the same rows, ranks and totals. Routes:
 * /in/danh-sach-mo-hinh/:year, /in/cong-nhan/:year, /in/khen-thuong/:year, /in/bang-tong-hop/:year/:roundId.
 */
export function ListPrintPage({ kind }: { kind: ListKind }) {
  const params = useParams();
  const year = yearSchema.safeParse(Number(params.year)).data ?? null;
  const settings = useSettings();
  const request =
    year === null ? null : { kind, year, ...(params.roundId ? { roundId: params.roundId } : {}) };
  const table = useDocumentTable(request);
  const doc = table.data;
  return (
    <PrintFrame
      fileName={pdfFileName(doc?.fileStem ?? 'Danh sách')}
      landscape={doc?.landscape ?? false}
      margins={settings.data?.margins ?? null}
      error={year === null ? new Error('Năm không hợp lệ.') : (settings.error ?? table.error)}
    >
      {doc ? <ListSheet doc={doc} /> : null}
    </PrintFrame>
  );
}

function ListSheet({ doc }: { doc: ListDocument }) {
  const total = doc.columns.reduce((w, c) => w + c.width, 0);
  return (
    <section className={`print-sheet${doc.landscape ? ' landscape' : ''}`}>
      <PartyHead
        head={doc.head}
        title={doc.title}
        subject={doc.subject.map((line) => (
          <div key={line}>{line}</div>
        ))}
      />
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
          {doc.sections.map((section, s) => (
            <Fragment key={s}>
              {section.heading !== null && (
                <tr className="group-row">
                  <td className="bold" colSpan={doc.columns.length}>
                    {section.heading}
                  </td>
                </tr>
              )}
              {section.rows.map((row, r) => (
                <tr key={r} className={row.bold ? 'bold' : undefined}>
                  {row.cells.map((value, i) => {
                    const column = doc.columns[i]!;
                    const text = cellText(column.type, value);
                    return (
                      <td key={i} className={column.type === 'text' ? 'list-text' : 'list-figure'}>
                        {row.struck?.includes(i) ? <s>{text}</s> : text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="list-notes">
        {doc.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </div>
      <SignatureBlock signer={doc.signature} />
    </section>
  );
}
