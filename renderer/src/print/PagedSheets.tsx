import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Margins } from '../../../shared/domain/office-settings';

const MM = 96 / 25.4;

/** The pages a document was cut into, for the document (`of`) and the margins they were measured at. */
interface LaidOut<D, P> {
  of: D;
  margins: Margins;
  pages: P[];
}

/** A document to lay out at the office's margins, and its pages once they are measured (null until then). */
export interface PageLayout<D, P> {
  of: D;
  margins: Margins;
  pages: P[] | null;
  onLaidOut: (laid: LaidOut<D, P>) => void;
}

/**
 * The layout of `of` at `margins`, for `PagedSheets`: null while either is loading; its pages are null while
 * they are measured. The page keeps them, so the toolbar can wait for them and say how many there are; the
 * sheets read the document and the margins from it alone, so they are always the ones its pages are for.
 */
export function usePageLayout<D, P>(
  of: D | null,
  margins: Margins | null,
): { pages: P[] | null; layout: PageLayout<D, P> | null } {
  const [laid, setLaid] = useState<LaidOut<D, P> | null>(null);
  const onLaidOut = useCallback((next: LaidOut<D, P>) => setLaid(next), []);
  const pages = laid && laid.of === of && laid.margins === margins ? laid.pages : null;
  return { pages, layout: of === null || margins === null ? null : { of, margins, pages, onLaidOut } };
}

/** What the toolbar says: the count of pages once they are laid out. */
export const pageStatus = (pages: readonly unknown[] | null) =>
  pages ? `${pages.length} trang` : 'Đang chia trang…';

/**
 * A document drawn as the sheets of paper it prints on. It is first laid out whole, out of sight, at the paper's
 * width (`whole`), once its fonts and pictures are in; `measure` cuts that into pages from the heights it reads;
 * then each page is drawn (`page`) on a sheet of its own: the preview shows each page with "Trang 1/2" and its
 * number where the paper prints it, and the paper breaks after each, where the preview said.
 */
export function PagedSheets<D, P>({
  layout: { of, margins, pages, onLaidOut },
  landscape = false,
  whole,
  measure,
  page,
}: {
  layout: PageLayout<D, P>;
  landscape?: boolean;
  /** The document in one sheet (`.print-sheet`), every part of it in. */
  whole: ReactNode;
  /**
   * The pages of the sheet laid out whole, from the document it shows; `pageHeight` is the paper's less its
   * margins, in CSS pixels. A function made once (at module level): a new one lays the document out again.
   */
  measure: (sheet: HTMLElement, pageHeight: number, of: D) => P[];
  page: (page: P, index: number, count: number) => ReactNode;
}) {
  const measured = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      // Tinos' metrics and the pictures' sizes decide the heights.
      await document.fonts.ready;
      const images = [...(measured.current?.querySelectorAll('img') ?? [])];
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      const sheet = measured.current?.querySelector<HTMLElement>('.print-sheet');
      if (!live || !sheet) return;
      const paper = landscape ? 210 : 297;
      const pageHeight = (paper - margins.top - margins.bottom) * MM;
      onLaidOut({ of, margins, pages: measure(sheet, pageHeight, of) });
    })();
    return () => {
      live = false;
    };
  }, [of, margins, landscape, onLaidOut, measure]);

  if (pages === null) {
    return (
      <div ref={measured} className="print-measure">
        {whole}
      </div>
    );
  }
  return pages.map((p, i) => (
    <div key={i} className={i === pages.length - 1 ? 'print-page' : 'print-page page-break'}>
      {i > 0 && (
        <div className="print-page-number" style={{ top: `${margins.top / 2}mm` }}>
          {i + 1}
        </div>
      )}
      {page(p, i, pages.length)}
      <div className="print-page-label">
        Trang {i + 1}/{pages.length}
      </div>
    </div>
  ));
}
