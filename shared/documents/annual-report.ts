import type { Commendation } from '../domain/commendation';
import type { Dashboard } from '../domain/dashboard';
import { isRecognised, statusLabels } from '../domain/lifecycle';
import { kindLabels, type Model } from '../domain/model';
import { roundStatusLabels } from '../domain/round';
import { formatDate } from '../format/date';
import { formatNumber } from '../format/number';
import { vietnameseCollator } from '../text/collate';
import {
  catalogueNames,
  commendationFormText,
  documentFrame,
  type DocumentContext,
} from './document-context';
import {
  documentAverage,
  cellText,
  type DocumentColumn,
  type DocumentRow,
  type ListDocument,
} from './list-document';
import { REPORT_RECIPIENTS } from './party-format';
import { roundDay, type RoundWithResults } from './round-summary';

/**
 * "Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm …" as data: every figure computed from
 * the records (the registration and evaluation figures are those of "Tổng quan"), the parts only the office
 * can write left as highlighted placeholders. The Word writer lays it out.
 */

export interface ReportRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A placeholder the staff replace with their own text: highlighted in yellow. */
  placeholder?: boolean;
}

export type ReportBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; runs: ReportRun[] }
  | { type: 'table'; caption: string; columns: DocumentColumn[]; rows: DocumentRow[] };

export interface AnnualReport extends Pick<ListDocument, 'head' | 'title' | 'subject' | 'signature'> {
  body: ReportBlock[];
  /** "Nơi nhận:" lines, the last one "Lưu". */
  recipients: readonly string[];
  appendixTitle: string;
  appendix: ReportBlock[];
  fileStem: string;
}

export interface AnnualReportInput {
  ctx: DocumentContext;
  year: number;
  /** `dashboard.get({ year })`, unfiltered: the report's figures are the same as "Tổng quan" shows. */
  dashboard: Dashboard;
  /** The year's live (not trashed) models. */
  models: readonly Model[];
  /** The year's rounds with their results, for the models still in them. */
  rounds: readonly RoundWithResults[];
  commendations: readonly Commendation[];
}

const n = formatNumber;
const para = (...runs: (ReportRun | string)[]): ReportBlock => ({
  type: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});
const placeholder = (text: string): ReportBlock => para({ text, placeholder: true });
/** A column of an appendix table: its label, its width, and its type when not a count. */
type ColumnSpec = [label: string, width: number, type?: DocumentColumn['type']];
/** An appendix table ("Biểu N"): the tables differ only in caption, columns and rows. */
const table = (caption: string, columns: ColumnSpec[], rows: DocumentRow[]): ReportBlock => ({
  type: 'table',
  caption,
  columns: columns.map(([label, width, type = 'number']) => ({ label, type, width })),
  rows,
});

/** "tăng 12 mô hình (10,5%)", "giảm 3 mô hình (2,3%)", "bằng". */
function changeText(now: number, before: number): string {
  if (now === before) return `bằng năm trước (${n(before)} mô hình)`;
  const diff = Math.abs(now - before);
  const percent =
    before > 0 ? ` (${now > before ? 'tăng' : 'giảm'} ${n(Math.round((diff / before) * 1000) / 10)}%)` : '';
  return `${now > before ? 'tăng' : 'giảm'} ${n(diff)} mô hình${percent} so với năm trước (${n(before)} mô hình)`;
}

/** "Kinh tế 12 mô hình; Văn hóa - xã hội 8 mô hình" of the parts that have models. */
const breakdown = (parts: readonly { name: string; count: number }[]) =>
  parts
    .filter((p) => p.count > 0)
    .map((p) => `${p.name} ${n(p.count)} mô hình`)
    .join('; ');

/** The mean of the round's averages, or null when none has one. */
function meanAverage(results: RoundWithResults['results']): number | null {
  const averages = results.flatMap((r) => (r.average === null ? [] : [r.average]));
  return averages.length === 0 ? null : averages.reduce((a, b) => a + b, 0) / averages.length;
}

export function buildAnnualReport(input: AnnualReportInput): AnnualReport {
  const { ctx, year, dashboard: d, models, rounds, commendations } = input;
  const names = catalogueNames(ctx.catalogues);
  const f = d.figures;
  const previous = d.trend.find((t) => t.year === year - 1);
  const notRecognised = d.byStatus.find((s) => s.status === 'not_recognised')?.count ?? 0;
  const body: ReportBlock[] = [];

  body.push(para(`Thực hiện phong trào thi đua “Dân vận khéo”, kết quả thực hiện năm ${year} như sau:`));

  body.push({ type: 'heading', text: '1. Công tác lãnh đạo, chỉ đạo' });
  body.push(
    placeholder(
      '[Nêu các văn bản lãnh đạo, chỉ đạo, hướng dẫn thực hiện phong trào; công tác tuyên truyền, đăng ký, theo dõi, kiểm tra, sơ kết, tổng kết.]',
    ),
  );

  body.push({ type: 'heading', text: '2. Kết quả đăng ký mô hình' });
  if (f.registered === 0) {
    body.push(para(`Năm ${year} chưa có mô hình nào đăng ký.`));
  } else {
    body.push(
      para(
        `Năm ${year}, có `,
        { text: `${n(f.registered)} mô hình`, bold: true },
        ` đăng ký (${n(f.new)} mô hình đăng ký mới, ${n(f.continued)} mô hình duy trì); trong đó ${n(f.collective)} mô hình tập thể, ${n(f.individual)} mô hình cá nhân.`,
      ),
    );
  }
  body.push(
    para(
      previous && previous.registered > 0
        ? `So với năm ${year - 1}: ${changeText(f.registered, previous.registered)}.`
        : `Năm ${year - 1} chưa có số liệu để so sánh.`,
    ),
  );
  if (f.registered > 0) {
    body.push(para(`Theo lĩnh vực: ${breakdown(d.byField)}.`));
    body.push(para(`Theo loại đơn vị: ${breakdown(unitTypeCounts(models, names.unitType))}.`));
  }

  body.push({ type: 'heading', text: '3. Kết quả đánh giá, công nhận' });
  const dated = [...rounds].sort((a, b) => a.round.date.localeCompare(b.round.date));
  if (dated.length === 0) {
    body.push(para(`Năm ${year} chưa tổ chức đợt đánh giá nào.`));
  } else {
    body.push(
      para(
        `Trong năm đã tổ chức ${n(dated.length)} đợt đánh giá: ` +
          dated
            .map(
              ({ round, results }) =>
                `${round.name} (ngày ${formatDate(roundDay(round.date))}, ${n(results.length)} mô hình, ${roundStatusLabels[round.status].toLocaleLowerCase('vi')})`,
            )
            .join('; ') +
          '.',
      ),
    );
  }
  body.push(
    para(
      'Kết quả: ',
      { text: `${n(f.recognised)} mô hình được công nhận`, bold: true },
      ` (trong đó ${n(f.exemplary)} mô hình tiêu biểu), ${n(notRecognised)} mô hình không được công nhận.`,
    ),
  );
  const latest = d.latestRound && rounds.find((r) => r.round.id === d.latestRound!.id);
  const mean = latest ? meanAverage(latest.results) : null;
  if (latest && mean !== null) {
    body.push(
      para(
        `Điểm trung bình của các mô hình trong đợt “${latest.round.name}”: ${cellText('average', documentAverage(mean))} điểm.`,
      ),
    );
  }

  body.push({ type: 'heading', text: '4. Kết quả đạt được' });
  const outcomes = d.outcomes.filter((o) => o.total > 0);
  if (outcomes.length === 0) {
    body.push(para('Chưa có số liệu kết quả đạt được của các mô hình.'));
  } else {
    body.push(para('Các mô hình đã huy động, đạt được:'));
    outcomes.forEach((o, i) =>
      body.push(para(`- ${o.name}: ${n(o.total)} ${o.measure}${i === outcomes.length - 1 ? '.' : ';'}`)),
    );
  }

  body.push({ type: 'heading', text: '5. Các mô hình tiêu biểu' });
  const exemplary = models
    .filter((m) => m.status === 'exemplary')
    .sort((a, b) => vietnameseCollator.compare(names.unit(a.unitId), names.unit(b.unitId)));
  if (exemplary.length === 0) body.push(para(`Năm ${year} chưa có mô hình được công nhận tiêu biểu.`));
  for (const m of exemplary) {
    const who = m.kind === 'individual' ? `${m.personName}, ` : '';
    body.push(
      para(
        '- ',
        { text: `Mô hình “${m.title}”`, bold: true },
        ` (${who}${names.unit(m.unitId)}; lĩnh vực ${names.field(m.fieldId)})` +
          (m.outcomes.narrative ? `: ${m.outcomes.narrative}` : '.'),
      ),
    );
  }

  body.push({ type: 'heading', text: '6. Công tác khen thưởng' });
  body.push(para(commendationText(commendations, f.proposed, f.granted)));

  body.push({ type: 'heading', text: '7. Hạn chế, khó khăn và nguyên nhân' });
  body.push(placeholder('[Nêu những hạn chế, khó khăn trong thực hiện phong trào và nguyên nhân.]'));
  body.push({ type: 'heading', text: `8. Phương hướng, nhiệm vụ năm ${year + 1}` });
  body.push(placeholder('[Nêu phương hướng, nhiệm vụ và giải pháp thực hiện phong trào trong năm tới.]'));

  const title = `Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” năm ${year}`;
  return {
    ...documentFrame(ctx, 'BC', 'Báo cáo', [
      `Kết quả thực hiện phong trào thi đua “Dân vận khéo” năm ${year}`,
    ]),
    body,
    recipients: REPORT_RECIPIENTS,
    appendixTitle: `Phụ lục số liệu phong trào thi đua “Dân vận khéo” năm ${year}`,
    appendix: appendixTables(input, names),
    fileStem: title,
  };
}

function unitTypeCounts(models: readonly Model[], unitType: (id: string) => string) {
  const counts = new Map<string, number>();
  for (const m of models) counts.set(unitType(m.unitId), (counts.get(unitType(m.unitId)) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
}

function commendationText(commendations: readonly Commendation[], proposed: number, granted: number): string {
  if (proposed === 0) return 'Trong năm chưa có mô hình được đề nghị khen thưởng.';
  const forms = new Map<string, number>();
  for (const c of commendations.filter((x) => x.status === 'granted')) {
    const form = commendationFormText(c);
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  const formText = [...forms].map(([form, count]) => `${form}: ${n(count)}`).join('; ');
  return (
    `Đã đề nghị khen thưởng ${n(proposed)} mô hình; ${n(granted)} mô hình đã được khen thưởng` +
    (formText ? ` (${formText})` : '') +
    '.'
  );
}

function appendixTables(
  { models, rounds, dashboard }: AnnualReportInput,
  names: ReturnType<typeof catalogueNames>,
): ReportBlock[] {
  /** "Tổng cộng" under a table: the sums of the columns from `from` on. */
  const total = (rows: DocumentRow[], from: number, label = 'Tổng cộng'): DocumentRow => ({
    bold: true,
    cells: rows[0]!.cells.map((_, i) =>
      i === 1 ? label : i < from ? '' : rows.reduce((s, r) => s + Number(r.cells[i] ?? 0), 0),
    ),
  });

  const byUnit = new Map<string, Model[]>();
  for (const m of models) byUnit.set(m.unitId, [...(byUnit.get(m.unitId) ?? []), m]);
  const unitRows: DocumentRow[] = [...byUnit]
    .sort(([a], [b]) => vietnameseCollator.compare(names.unit(a), names.unit(b)))
    .map(([unitId, of], i) => ({
      cells: [
        i + 1,
        names.unit(unitId),
        names.unitType(unitId),
        of.length,
        of.filter((m) => m.kind === 'collective').length,
        of.filter((m) => m.kind === 'individual').length,
        of.filter((m) => m.registration === 'new').length,
        of.filter((m) => m.registration === 'continued').length,
        of.filter((m) => isRecognised(m.status)).length,
        of.filter((m) => m.status === 'exemplary').length,
      ],
    }));
  const fieldRows: DocumentRow[] = dashboard.kindByField.map((f, i) => ({
    cells: [i + 1, f.name, f.collective + f.individual, f.collective, f.individual],
  }));
  const roundRows: DocumentRow[] = [...rounds]
    .sort((a, b) => a.round.date.localeCompare(b.round.date))
    .map(({ round, results }, i) => {
      const mean = meanAverage(results);
      const count = (c: string | null) => results.filter((r) => r.classification === c).length;
      return {
        cells: [
          i + 1,
          round.name,
          round.date,
          results.length,
          count('exemplary'),
          count('recognised'),
          count('not_recognised'),
          count(null),
          mean === null ? null : documentAverage(mean),
        ],
      };
    });
  const outcomeRows: DocumentRow[] = dashboard.outcomes.map((o, i) => ({
    cells: [i + 1, o.name, o.measure, o.total],
  }));

  const withTotal = (rows: DocumentRow[], from: number) =>
    rows.length > 0 ? [...rows, total(rows, from)] : rows;
  return [
    table(
      'Biểu 1. Số mô hình theo đơn vị',
      [
        ['STT', 6],
        ['Đơn vị', 30, 'text'],
        ['Loại đơn vị', 20, 'text'],
        ['Tổng số', 9],
        [kindLabels.collective, 9],
        [kindLabels.individual, 9],
        ['Đăng ký mới', 10],
        ['Duy trì', 9],
        [statusLabels.recognised, 10],
        [statusLabels.exemplary, 10],
      ],
      withTotal(unitRows, 3),
    ),
    table(
      'Biểu 2. Số mô hình theo lĩnh vực',
      [
        ['STT', 6],
        ['Lĩnh vực', 40, 'text'],
        ['Tổng số', 10],
        [kindLabels.collective, 10],
        [kindLabels.individual, 10],
      ],
      withTotal(fieldRows, 2),
    ),
    table(
      'Biểu 3. Kết quả đánh giá theo đợt',
      [
        ['STT', 6],
        ['Đợt đánh giá', 30, 'text'],
        ['Ngày', 12, 'date'],
        ['Số mô hình', 10],
        [statusLabels.exemplary, 10],
        [statusLabels.recognised, 10],
        [statusLabels.not_recognised, 11],
        ['Chưa có điểm', 10],
        ['Điểm trung bình', 11, 'average'],
      ],
      roundRows,
    ),
    table(
      'Biểu 4. Kết quả đạt được',
      [
        ['STT', 6],
        ['Chỉ tiêu', 40, 'text'],
        ['Đơn vị tính', 14, 'text'],
        ['Tổng số', 16],
      ],
      outcomeRows,
    ),
  ];
}
