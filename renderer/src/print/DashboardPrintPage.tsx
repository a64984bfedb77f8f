import { useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { REPORT_RECIPIENTS } from '../../../shared/documents/party-format';
import { yearSchema } from '../../../shared/domain/office-settings';
import { formatNumber } from '../../../shared/format/number';
import { useSettings } from '../api/queries/settings';
import { chartImage } from '../dashboard/chart-image';
import type { ChartSpec } from '../dashboard/charts';
import { outcomeText } from '../dashboard/figures';
import { readDashboardFilter } from '../dashboard/filter';
import { useDashboardView } from '../dashboard/use-dashboard-view';
import { contentTop, flowMeasure } from './measure';
import { PagedSheets, pageStatus, usePageLayout } from './PagedSheets';
import { paginate } from './paginate';
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

  const head = settings.data && (
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
  );
  // The report's blocks, in order: a heading stays with the table under it.
  const body = dashboard && [
    <h2 key="h1" className="dashboard-print-section" data-block="heading">
      I. Số liệu chung
    </h2>,
    <table key="figures" className="print-table dashboard-print-figures" data-block="table">
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
    </table>,
    <h2 key="h2" className="dashboard-print-section" data-block="heading">
      II. Kết quả đạt được
    </h2>,
    ...outcomeBands(dashboard.outcomes).map((band, b, bands) => (
      <table
        key={`outcomes-${b}`}
        className={
          bands.length > 1
            ? 'print-table dashboard-print-figures dashboard-print-band'
            : 'print-table dashboard-print-figures'
        }
        data-block="table"
      >
        <thead>
          <tr>
            {band.map((o) => (
              <th key={o.indicatorId} scope="col">
                {o.name}
              </th>
            ))}
            {band.length < bands[0]!.length && <Pad columns={bands[0]!.length - band.length} />}
          </tr>
        </thead>
        <tbody>
          <tr>
            {band.map((o) => (
              <td key={o.indicatorId}>{outcomeText(o)}</td>
            ))}
            {band.length < bands[0]!.length && <Pad columns={bands[0]!.length - band.length} />}
          </tr>
        </tbody>
      </table>
    )),
  ];
  const signature = settings.data && (
    <SignatureBlock signer={officeSigner(settings.data)} recipients={REPORT_RECIPIENTS} />
  );
  // The charts follow as the report's appendix, from a page of their own (domain.md §7).
  const chartFigures = shown.map((c, i) => (
    <figure
      key={c.key}
      className={c.wide ? 'dashboard-print-chart dashboard-print-wide' : 'dashboard-print-chart'}
    >
      {images.urls?.has(c.key) && <img src={images.urls.get(c.key)} alt={`Biểu đồ: ${c.caption}`} />}
      <figcaption>
        Biểu đồ {i + 1}. {c.caption}
      </figcaption>
    </figure>
  ));
  const margins = settings.data?.margins ?? null;
  // Laid out again once the charts are drawn: their pictures decide the appendix's pages.
  const { pages, layout } = usePageLayout<Map<string, string>, DashboardPage>(images.urls, margins);

  return (
    <PrintFrame
      fileName={pdfFileName(`Báo cáo nhanh năm ${filter.year}`)}
      landscape
      numbered
      margins={margins}
      error={query.error ?? settings.error ?? images.error}
      ready={pages !== null}
      status={images.urls === null ? 'Đang vẽ biểu đồ…' : pageStatus(pages)}
    >
      {body && layout ? (
        <PagedSheets
          layout={layout}
          landscape
          measure={pageDashboard}
          whole={
            <section className="print-sheet landscape dashboard-print">
              {head}
              {body}
              {signature}
              {chartFigures.length > 0 && (
                <>
                  <h2 className="dashboard-print-appendix">Phụ lục: Biểu đồ</h2>
                  <div className="dashboard-print-charts">{chartFigures}</div>
                </>
              )}
            </section>
          }
          page={(p, i) => (
            <section className="print-sheet landscape dashboard-print">
              {'body' in p ? (
                <>
                  {i === 0 && head}
                  {p.body.map((b) => body[b])}
                  {p.last && signature}
                </>
              ) : (
                <>
                  {p.first && <h2 className="dashboard-print-appendix">Phụ lục: Biểu đồ</h2>}
                  <div className="dashboard-print-charts">{p.charts.map((c) => chartFigures[c])}</div>
                </>
              )}
            </section>
          )}
        />
      ) : null}
    </PrintFrame>
  );
}

/** At most this many outcome indicators side by side: a few more would narrow each column to a word a line. */
const OUTCOMES_PER_BAND = 8;

/**
 * The outcomes cut into bands of equal width, each a table of its own under the one before, so that a page may
 * break between them: eight indicators stay one table; twelve make two of six.
 */
function outcomeBands<T>(outcomes: T[]): T[][] {
  const count = Math.max(1, Math.ceil(outcomes.length / OUTCOMES_PER_BAND));
  const width = Math.ceil(outcomes.length / count);
  return Array.from({ length: count }, (_, b) => outcomes.slice(b * width, (b + 1) * width));
}

/** The room a shorter last band leaves, so its columns stand under those of the band above. */
const Pad = ({ columns }: { columns: number }) => <td className="dashboard-print-pad" colSpan={columns} />;

/** A page of the report: blocks of its body (the last one with the signature), or a page of its appendix's charts. */
type DashboardPage = { body: number[]; last: boolean } | { charts: number[]; first: boolean };

/**
 * The report's pages: its body's blocks under the head, the signature with the last of them; then the charts
 * from a new page, a row of them (two, or one wide) never split, the appendix's title with the first row.
 */
function pageDashboard(sheet: HTMLElement, pageHeight: number): DashboardPage[] {
  const blocks = [...sheet.querySelectorAll<HTMLElement>('[data-block]')];
  // The report's last table goes over with the signature when they do not both fit.
  const body = paginate({
    keepWithTail: 1,
    ...flowMeasure(
      contentTop(sheet),
      pageHeight,
      blocks.map((b) => ({
        top: b.getBoundingClientRect().top,
        ...(b.dataset.block === 'heading' ? { keepWithNext: true } : {}),
      })),
      blocks.at(-1)!.getBoundingClientRect().bottom,
      sheet.querySelector('.party-signature'),
    ),
  }).map((page, i, all): DashboardPage => ({ body: page, last: i === all.length - 1 }));
  const title = sheet.querySelector('.dashboard-print-appendix');
  if (!title) return body;
  // The charts' rows, as the grid placed them: the charts that start at the same height.
  const rows: { top: number; bottom: number; charts: number[] }[] = [];
  sheet.querySelectorAll('.dashboard-print-chart').forEach((chart, i) => {
    const { top, bottom } = chart.getBoundingClientRect();
    const row = rows.at(-1);
    if (row && Math.abs(row.top - top) < 1) {
      row.charts.push(i);
      row.bottom = Math.max(row.bottom, bottom);
    } else rows.push({ top, bottom, charts: [i] });
  });
  const charts = paginate(
    flowMeasure(title.getBoundingClientRect().top, pageHeight, rows, rows.at(-1)!.bottom, null),
  ).map((page, i): DashboardPage => ({ charts: page.flatMap((r) => rows[r]!.charts), first: i === 0 }));
  return [...body, ...charts];
}
