import { useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { yearSchema } from '../../../shared/domain/office-settings';
import { formatNumber } from '../../../shared/format/number';
import { useSettings } from '../api/queries/settings';
import { chartImage } from '../dashboard/chart-image';
import type { ChartSpec } from '../dashboard/charts';
import { outcomeText } from '../dashboard/figures';
import { readDashboardFilter } from '../dashboard/filter';
import { useDashboardView } from '../dashboard/use-dashboard-view';
import { PartyHeader } from './PartyHeader';
import { pdfFileName } from './pdf-file-name';
import { PrintFrame } from './PrintFrame';
import { officeSigner, SignatureBlock } from './SignatureBlock';
import '../dashboard/dashboard.css';

/**
 * Charts two to a row across the landscape page's 252 mm (A4 less the default 30 + 15 mm margins): about
 * 460 CSS pixels each, so their 12 px text prints at 9 pt. A wide chart spans both columns.
 */
const PRINT_WIDTH = 460;
const WIDE_PRINT_WIDTH = 950;

/** Three quarters of the screen height, within bounds, so two rows of charts and captions fill a page. */
const printSize = (c: ChartSpec) => ({
  width: c.wide ? WIDE_PRINT_WIDTH : PRINT_WIDTH,
  height: Math.min(300, Math.max(200, Math.round(c.height * 0.75))),
});

interface ChartImages {
  of: ChartSpec[];
  /** Image addresses by chart key. */
  urls: Map<string, string>;
  error?: unknown;
}

/** The charts drawn at print resolution; `urls` is null until all are drawn. */
function useChartImages(charts: ChartSpec[]): { urls: Map<string, string> | null; error: unknown } {
  const [images, setImages] = useState<ChartImages | null>(null);
  useEffect(() => {
    let current = true;
    let made: string[] = [];
    const drawn = charts.filter((c) => c.empty === null);
    Promise.all(
      drawn.map(async (c) => [c.key, URL.createObjectURL(await chartImage(c, printSize(c)))] as const),
    )
      .then((entries) => {
        made = entries.map(([, url]) => url);
        if (current) setImages({ of: charts, urls: new Map(entries) });
        else made.forEach((url) => URL.revokeObjectURL(url));
      })
      .catch((error: unknown) => current && setImages({ of: charts, urls: new Map(), error }));
    return () => {
      current = false;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [charts]);
  // Images of an earlier set of charts are not these charts' images.
  const mine = images?.of === charts ? images : null;
  return { urls: mine && !mine.error ? mine.urls : null, error: mine?.error };
}

/**
 * "Báo cáo nhanh": the dashboard on A4 landscape under the Party header, with its figures, its outcome totals
 * and its charts at print resolution (/in/tong-quan/2023?linhvuc=…).
 */
export function DashboardPrintPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const settings = useSettings();
  const year = yearSchema.safeParse(Number(params.year)).data ?? settings.data?.yearInUse;
  const filter = useMemo(() => readDashboardFilter(search, year ?? 0), [search, year]);
  const { query, charts, figures, narrowing } = useDashboardView(filter, year !== undefined);
  const images = useChartImages(charts);
  const dashboard = query.data;
  const subject = `Kết quả thực hiện phong trào thi đua “Dân vận khéo” năm ${filter.year}`;
  const shown = charts.filter((c) => c.empty === null);

  return (
    <PrintFrame
      fileName={pdfFileName(`Báo cáo nhanh năm ${filter.year}`)}
      landscape
      margins={settings.data?.margins ?? null}
      error={query.error ?? settings.error ?? images.error}
      ready={images.urls !== null}
      status={images.urls === null ? 'Đang vẽ biểu đồ…' : undefined}
    >
      {dashboard && settings.data ? (
        <div className="print-sheet landscape dashboard-print">
          <PartyHeader
            settings={settings.data}
            date={new Date()}
            kind="BC"
            title="Báo cáo nhanh"
            subject={
              <>
                {subject}
                {narrowing && <div className="dashboard-print-narrowing">({narrowing})</div>}
              </>
            }
          />
          <h2 className="dashboard-print-section">I. Số liệu chung</h2>
          <table className="print-table dashboard-print-figures">
            <thead>
              <tr>
                {figures.map((g) => (
                  <th key={g.title} colSpan={g.figures.length} scope="colgroup">
                    {g.title}
                  </th>
                ))}
              </tr>
              <tr>
                {figures.flatMap((g) =>
                  g.figures.map((f) => (
                    <th key={f.label} scope="col">
                      {f.label}
                      {f.note && <div className="dashboard-print-note">({f.note})</div>}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              <tr>
                {figures.flatMap((g) => g.figures.map((f) => <td key={f.label}>{formatNumber(f.value)}</td>))}
              </tr>
            </tbody>
          </table>
          <h2 className="dashboard-print-section">II. Kết quả đạt được</h2>
          <table className="print-table dashboard-print-figures">
            <thead>
              <tr>
                {dashboard.outcomes.map((o) => (
                  <th key={o.indicatorId} scope="col">
                    {o.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {dashboard.outcomes.map((o) => (
                  <td key={o.indicatorId}>{outcomeText(o)}</td>
                ))}
              </tr>
            </tbody>
          </table>
          <SignatureBlock signer={officeSigner(settings.data)} />
          {shown.length > 0 && (
            <>
              {/* The charts follow as the report's appendix, from a page of their own (domain.md §7). */}
              <div className="page-break" />
              <h2 className="dashboard-print-appendix">Phụ lục: Biểu đồ</h2>
              <div className="dashboard-print-charts">
                {shown.map((c, i) => (
                  <figure
                    key={c.key}
                    className={
                      c.wide ? 'dashboard-print-chart dashboard-print-wide' : 'dashboard-print-chart'
                    }
                  >
                    {images.urls?.has(c.key) && (
                      <img src={images.urls.get(c.key)} alt={`Biểu đồ: ${c.caption}`} />
                    )}
                    <figcaption>
                      Biểu đồ {i + 1}. {c.caption}
                    </figcaption>
                  </figure>
                ))}
              </div>
            </>
          )}
        </div>
      ) : null}
    </PrintFrame>
  );
}
