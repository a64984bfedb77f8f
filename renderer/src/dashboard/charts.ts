import type { Chart, ChartConfiguration, LegendItem, LegendOptions } from 'chart.js';
import { histogramBinLabel, type Dashboard, type DashboardFilter } from '../../../shared/domain/dashboard';
import { statusLabels } from '../../../shared/domain/lifecycle';
import { kindLabels, modelKinds, registrationLabels } from '../../../shared/domain/model';
import { formatDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { listTarget, type ListTarget } from './list-link';
import { neutral, neutralLight, statusColours, unknownField, type FieldLook } from './palette';

export type DashboardChartType = 'bar' | 'doughnut' | 'line';
export type DashboardChartConfig = ChartConfiguration<DashboardChartType, number[], string>;

/** One row of numbers of a chart: a dataset on the chart, a column in its table. */
export interface Series {
  label: string;
  values: number[];
}

/** A chart of "Tổng quan": what is drawn, the same numbers as a table, and where each element leads. */
export interface ChartSpec {
  key: string;
  title: string;
  /** The title with its year and filters, for the table, the PNG and the printout, where it stands alone. */
  caption: string;
  /** What the labels are: the header of the table's first column. */
  category: string;
  labels: string[];
  series: Series[];
  config: DashboardChartConfig;
  /** Height in CSS pixels, on screen and in the PNG. */
  height: number;
  /** Takes the page's whole width (a chart across years needs room for its labels). */
  wide?: boolean;
  /** The table ends with a "Tổng cộng" row (where a sum means something). */
  total: boolean;
  /** Why nothing is drawn, or null when there is something to draw. */
  empty: string | null;
  target: (dataset: number, index: number) => ListTarget;
}

export interface ChartContext {
  dashboard: Dashboard;
  filter: DashboardFilter;
  fieldLooks: ReadonlyMap<string, FieldLook>;
  /** The filters beside the year in words ("Lĩnh vực: Kinh tế"), or ''. */
  narrowing: string;
}

/**
 * "Mô hình theo lĩnh vực năm 2023 (Hình thức: Cá nhân)": a chart across years names its first and last, one
 * of a round is dated by the round's name.
 */
function caption(ctx: ChartContext, title: string, span: 'year' | 'years' | 'round' = 'year'): string {
  const years = ctx.dashboard.trend.map((t) => t.year);
  const when =
    span === 'year'
      ? ` năm ${ctx.filter.year}`
      : span === 'years' && years.length > 1
        ? ` ${years[0]}–${years[years.length - 1]}`
        : '';
  return `${title}${when}${ctx.narrowing ? ` (${ctx.narrowing})` : ''}`;
}

const COUNT = 'Số mô hình';

interface BarLayout {
  horizontal?: boolean;
  stacked?: boolean;
  /** Where values are written: past the end of single bars, in the middle of stacked or grouped ones. */
  values?: 'end' | 'center';
  /** The legend's labels; no legend when left out (the axis names the bars). */
  legend?: Partial<LegendOptions<'bar'>['labels']>;
  categoryAxis?: string;
}

function barConfig(
  labels: string[],
  datasets: DashboardChartConfig['data']['datasets'],
  {
    horizontal = false,
    stacked = false,
    values = stacked ? 'center' : 'end',
    legend,
    categoryAxis = '',
  }: BarLayout = {},
): DashboardChartConfig {
  const value = {
    type: 'linear' as const,
    stacked,
    beginAtZero: true,
    // Room past the longest bar for the value written after it.
    grace: '12%',
    ticks: { precision: 0 },
    title: { display: true, text: COUNT },
  };
  const category = {
    type: 'category' as const,
    stacked,
    // Every unit, field or status is named, even on a short printed chart.
    ticks: { autoSkip: false },
    title: { display: Boolean(categoryAxis), text: categoryAxis },
  };
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: value, y: category } : { x: category, y: value },
      plugins: {
        legend: { display: Boolean(legend), position: 'bottom', ...(legend && { labels: legend }) },
        valueLabels: { display: true, bar: values },
      },
    },
  };
}

const emptyYear = ({ dashboard, filter }: ChartContext) =>
  dashboard.figures.registered > 0
    ? null
    : filter.fieldId || filter.unitType || filter.kind
      ? `Năm ${filter.year} không có mô hình nào khớp bộ lọc.`
      : `Năm ${filter.year} chưa có mô hình nào.`;

const lookOf = (ctx: ChartContext, fieldId: string) => ctx.fieldLooks.get(fieldId) ?? unknownField;

function byField(ctx: ChartContext): ChartSpec {
  const rows = ctx.dashboard.byField;
  const labels = rows.map((f) => f.name);
  const values = rows.map((f) => f.count);
  const total = values.reduce((a, b) => a + b, 0);
  const share = (n: number) => (total ? `${formatNumber(Math.round((n / total) * 1000) / 10)}%` : '');
  return {
    key: 'linh-vuc',
    title: 'Mô hình theo lĩnh vực',
    caption: caption(ctx, 'Mô hình theo lĩnh vực'),
    category: 'Lĩnh vực',
    labels,
    series: [{ label: COUNT, values }],
    config: {
      type: 'doughnut',
      data: {
        labels,
        datasets: [
          {
            label: COUNT,
            data: values,
            backgroundColor: rows.map((f) => lookOf(ctx, f.id).fill),
            borderColor: '#fff',
            borderWidth: 2,
          },
        ],
      },
      options: {
        cutout: '45%',
        plugins: {
          legend: { position: 'right' },
          tooltip: {
            callbacks: { label: (item) => ` ${formatNumber(item.parsed)} mô hình (${share(item.parsed)})` },
          },
          valueLabels: { display: true },
        },
      },
    },
    height: 300,
    total: true,
    empty: emptyYear(ctx),
    target: (_, i) => listTarget(ctx.filter, { fieldId: rows[i]!.id }),
  };
}

function byUnit(ctx: ChartContext): ChartSpec {
  const rows = ctx.dashboard.byUnit;
  const labels = rows.map((u) => u.name);
  const values = rows.map((u) => u.count);
  return {
    key: 'don-vi',
    title: 'Mô hình theo đơn vị đăng ký',
    caption: caption(ctx, 'Mô hình theo đơn vị đăng ký'),
    category: 'Đơn vị',
    labels,
    series: [{ label: COUNT, values }],
    config: barConfig(
      labels,
      [{ label: COUNT, data: values, backgroundColor: rows.map((u) => (u.id ? neutral : neutralLight)) }],
      { horizontal: true },
    ),
    height: 70 + 24 * Math.max(rows.length, 4),
    total: true,
    empty: emptyYear(ctx),
    // "Khác" gathers many units: the list cannot show them at once.
    target: (_, i) => {
      const unitId = rows[i]!.id;
      return unitId ? listTarget(ctx.filter, { unitId }) : null;
    },
  };
}

function byStatus(ctx: ChartContext): ChartSpec {
  const rows = ctx.dashboard.byStatus;
  const labels = rows.map((s) => s.label);
  const values = rows.map((s) => s.count);
  return {
    key: 'trang-thai',
    title: 'Mô hình theo trạng thái',
    caption: caption(ctx, 'Mô hình theo trạng thái'),
    category: 'Trạng thái',
    labels,
    series: [{ label: COUNT, values }],
    // Lying bars keep the statuses' names level and read down the lifecycle.
    config: barConfig(
      labels,
      [{ label: COUNT, data: values, backgroundColor: rows.map((s) => statusColours[s.status]) }],
      { horizontal: true },
    ),
    height: 260,
    total: true,
    empty: emptyYear(ctx),
    target: (_, i) => listTarget(ctx.filter, { status: rows[i]!.status }),
  };
}

const noRound = (ctx: ChartContext) => `Năm ${ctx.filter.year} chưa có đợt đánh giá nào được chốt kết quả.`;
const roundName = (round: NonNullable<Dashboard['latestRound']>) =>
  `${round.name} (${formatDate(round.date)})`;

function roundClassifications(ctx: ChartContext): ChartSpec {
  const round = ctx.dashboard.latestRound;
  const rows = round?.classifications ?? [];
  const labels = rows.map((c) => statusLabels[c.classification]);
  const values = rows.map((c) => c.count);
  const title = round ? `Kết quả xếp loại: ${roundName(round)}` : 'Kết quả xếp loại';
  return {
    key: 'xep-loai',
    title,
    caption: caption(ctx, title, round ? 'round' : 'year'),
    category: 'Xếp loại',
    labels,
    series: [{ label: COUNT, values }],
    config: barConfig(labels, [
      { label: COUNT, data: values, backgroundColor: rows.map((c) => statusColours[c.classification]) },
    ]),
    height: 300,
    total: true,
    empty: round ? null : noRound(ctx),
    // A round's classification is the status it gave the model ("Tiêu biểu", "Công nhận", "Không công nhận").
    target: (_, i) => listTarget(ctx.filter, { status: rows[i]!.classification }),
  };
}

function histogram(ctx: ChartContext): ChartSpec {
  const round = ctx.dashboard.latestRound;
  const bins = round?.histogram ?? [];
  const labels = bins.map(histogramBinLabel);
  const values = bins.map((b) => b.count);
  const title = round ? `Phân bố điểm trung bình: ${roundName(round)}` : 'Phân bố điểm trung bình';
  return {
    key: 'phan-bo-diem',
    title,
    caption: caption(ctx, title, round ? 'round' : 'year'),
    category: 'Điểm trung bình',
    labels,
    series: [{ label: COUNT, values }],
    config: barConfig(labels, [{ label: COUNT, data: values, backgroundColor: neutral }], {
      categoryAxis: 'Điểm trung bình',
    }),
    height: 300,
    total: true,
    empty: round ? null : noRound(ctx),
    // The list has no filter by score.
    target: () => null,
  };
}

function trend(ctx: ChartContext): ChartSpec {
  const rows = ctx.dashboard.trend;
  const labels = rows.map((t) => String(t.year));
  const of = (label: string, value: (t: Dashboard['trend'][number]) => number): Series => ({
    label,
    values: rows.map(value),
  });
  const fresh = of(registrationLabels.new, (t) => t.new);
  const continued = of(registrationLabels.continued, (t) => t.continued);
  const registered = of('Tổng số đăng ký', (t) => t.registered);
  const recognised = of('Công nhận (gồm cả tiêu biểu)', (t) => t.recognised);
  const exemplary = of(statusLabels.exemplary, (t) => t.exemplary);
  // Lines differ in dash and marker too, so they stay apart in black and white; `order` draws them over the bars.
  const line = (
    s: Series,
    colour: string,
    borderDash: number[],
    pointStyle: 'circle' | 'triangle' | 'rectRot',
  ) => ({
    type: 'line' as const,
    label: s.label,
    data: s.values,
    borderColor: colour,
    backgroundColor: colour,
    borderDash,
    pointStyle,
    pointRadius: 5,
    order: 0,
  });
  const config = barConfig(
    labels,
    [
      { label: fresh.label, data: fresh.values, backgroundColor: neutral, order: 1 },
      { label: continued.label, data: continued.values, backgroundColor: neutralLight, order: 1 },
      line(registered, '#262626', [], 'circle'),
      line(recognised, statusColours.recognised, [8, 4], 'triangle'),
      line(exemplary, statusColours.exemplary, [2, 3], 'rectRot'),
    ],
    { values: 'center', legend: { usePointStyle: true }, categoryAxis: 'Năm' },
  );
  const targets: ((year: number) => ListTarget)[] = [
    (year) => listTarget(ctx.filter, { year, registration: 'new' }),
    (year) => listTarget(ctx.filter, { year, registration: 'continued' }),
    (year) => listTarget(ctx.filter, { year }),
    // Recognised counts two statuses, and the list filters by one.
    () => null,
    (year) => listTarget(ctx.filter, { year, status: 'exemplary' }),
  ];
  return {
    key: 'qua-cac-nam',
    title: 'Kết quả qua các năm',
    caption: caption(ctx, 'Kết quả qua các năm', 'years'),
    category: 'Năm',
    labels,
    series: [fresh, continued, registered, recognised, exemplary],
    config,
    height: 320,
    wide: true,
    total: false,
    empty: rows.length ? null : 'Chưa có mô hình nào ở bất kỳ năm nào.',
    target: (dataset, i) => targets[dataset]?.(rows[i]!.year) ?? null,
  };
}

function kindByField(ctx: ChartContext): ChartSpec {
  const rows = ctx.dashboard.kindByField;
  const labels = rows.map((f) => f.name);
  const series: Series[] = modelKinds.map((kind) => ({
    label: kindLabels[kind],
    values: rows.map((f) => f[kind]),
  }));
  const looks = rows.map((f) => lookOf(ctx, f.id));
  // Each field keeps its colour: "Tập thể" in the field's fill, "Cá nhân" in a pale tint edged with it.
  const fills = [looks.map((l) => l.fill), looks.map((l) => l.tint)];
  // The legend names the two kinds, so it shows them in grey rather than in the first field's colour.
  const legendItems = (chart: Chart): LegendItem[] =>
    series.map((s, i) => ({
      text: s.label,
      datasetIndex: i,
      hidden: !chart.isDatasetVisible(i),
      fillStyle: i === 0 ? '#595959' : '#59595955',
      strokeStyle: '#595959',
      lineWidth: i === 0 ? 0 : 1.5,
    }));
  const config = barConfig(
    labels,
    series.map((s, i) => ({
      label: s.label,
      data: s.values,
      backgroundColor: fills[i],
      borderColor: looks.map((l) => l.colour),
      borderWidth: i === 0 ? 0 : 1.5,
    })),
    { horizontal: true, stacked: true, legend: { generateLabels: legendItems } },
  );
  return {
    key: 'hinh-thuc',
    title: 'Tập thể và cá nhân theo lĩnh vực',
    caption: caption(ctx, 'Mô hình tập thể và cá nhân theo lĩnh vực'),
    category: 'Lĩnh vực',
    labels,
    series,
    config,
    height: 90 + 44 * Math.max(rows.length, 3),
    total: true,
    empty: emptyYear(ctx),
    target: (dataset, i) => listTarget(ctx.filter, { fieldId: rows[i]!.id, kind: modelKinds[dataset] }),
  };
}

/** Every chart of the dashboard, in the order the page and the printout show them. */
export function dashboardCharts(ctx: ChartContext): ChartSpec[] {
  return [byField, kindByField, roundClassifications, histogram, byUnit, byStatus, trend].map((build) =>
    build(ctx),
  );
}
