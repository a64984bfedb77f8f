import type { ModelFilter } from '../contract/models';
import { commendationStatusLabels, type Commendation } from '../domain/commendation';
import { statusLabels } from '../domain/lifecycle';
import { kindLabels, registrationLabels } from '../domain/model';
import { formatNumber } from '../format/number';
import { vietnameseCollator } from '../text/collate';
import {
  catalogueNames,
  commendationFormText,
  commendationOrder,
  documentFrame,
  MODEL_SUBJECT,
  placeText,
  type DocumentContext,
  type ListedModel,
} from './document-context';
import { documentAverage, type DocumentColumn, type ListDocument } from './list-document';

const NUMBER: DocumentColumn = { label: 'STT', type: 'number', width: 6 };
const text = (label: string, width: number): DocumentColumn => ({ label, type: 'text', width });

/** "12 mô hình (10 tập thể, 2 cá nhân)". */
function countText(models: readonly Pick<ListedModel, 'kind'>[]): string {
  const individual = models.filter((m) => m.kind === 'individual').length;
  return (
    `${formatNumber(models.length)} mô hình (${formatNumber(models.length - individual)} tập thể, ` +
    `${formatNumber(individual)} cá nhân)`
  );
}

/** The list's filters in words, "Lĩnh vực: Kinh tế; Hình thức: Tập thể", or '' when it shows everything. */
export function filterText(filter: ModelFilter, ctx: DocumentContext): string {
  const names = catalogueNames(ctx.catalogues);
  return [
    filter.fieldId && `Lĩnh vực: ${names.field(filter.fieldId)}`,
    filter.unitId && `Đơn vị: ${names.unit(filter.unitId)}`,
    filter.unitType && `Loại đơn vị: ${filter.unitType}`,
    filter.kind && `Hình thức: ${kindLabels[filter.kind]}`,
    filter.registration && `Loại đăng ký: ${registrationLabels[filter.registration]}`,
    filter.status && `Trạng thái: ${statusLabels[filter.status]}`,
    filter.origin && `Đơn vị gửi: ${filter.origin}`,
    filter.search && `Từ khóa: “${filter.search}”`,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * "Danh sách mô hình đăng ký năm …": the rows the model list shows under `filter`, in its order. Without a
 * year (every year) the list gets a column "Năm".
 */
export function buildModelList(
  ctx: DocumentContext,
  models: readonly ListedModel[],
  filter: ModelFilter,
): ListDocument {
  const names = catalogueNames(ctx.catalogues);
  const allYears = filter.year === null;
  const title = allYears ? 'Danh sách mô hình đăng ký' : `Danh sách mô hình đăng ký năm ${filter.year}`;
  const narrowing = filterText(filter, ctx);
  return {
    ...documentFrame(ctx, 'DS', title, [MODEL_SUBJECT, ...(narrowing ? [`(${narrowing})`] : [])]),
    columns: [
      NUMBER,
      ...(allYears ? [{ label: 'Năm', type: 'number', width: 7 } as const] : []),
      text('Tên mô hình', 42),
      text('Hình thức', 10),
      text('Họ và tên', 18),
      text('Đơn vị đăng ký', 26),
      text('Lĩnh vực', 18),
      text('Loại đăng ký', 12),
      text('Địa bàn', 22),
      text('Trạng thái', 15),
    ],
    sections: [
      {
        heading: null,
        rows: models.map((m, i) => ({
          cells: [
            i + 1,
            ...(allYears ? [m.year] : []),
            m.title,
            kindLabels[m.kind],
            m.kind === 'individual' ? m.personName : '',
            names.unit(m.unitId),
            names.field(m.fieldId),
            registrationLabels[m.registration],
            placeText(m),
            statusLabels[m.status],
          ],
        })),
      },
    ],
    notes: [`Tổng cộng: ${countText(models)}.`],
    landscape: true,
    fileStem: narrowing ? `${title} (đã lọc)` : title,
  };
}

/**
 * "Danh sách mô hình được công nhận" năm …: the year's recognised models, the exemplary ones first, each with
 * its average in the last finalised round that scored it.
 */
export function buildRecognisedList(
  ctx: DocumentContext,
  year: number,
  models: readonly ListedModel[],
  averages: ReadonlyMap<string, number>,
): ListDocument {
  const names = catalogueNames(ctx.catalogues);
  const title = 'Danh sách mô hình được công nhận';
  const groups = (['exemplary', 'recognised'] as const).map((status) => ({
    status,
    models: models
      .filter((m) => m.year === year && m.status === status)
      .sort((a, b) => vietnameseCollator.compare(names.unit(a.unitId), names.unit(b.unitId))),
  }));
  const all = groups.flatMap((g) => g.models);
  let n = 0;
  return {
    ...documentFrame(ctx, 'DS', title, [`${MODEL_SUBJECT} năm ${year}`]),
    columns: [
      NUMBER,
      text('Tên mô hình', 42),
      text('Hình thức', 10),
      text('Họ và tên', 18),
      text('Đơn vị đăng ký', 26),
      text('Lĩnh vực', 18),
      { label: 'Điểm trung bình', type: 'average', width: 11 },
      text('Kết quả', 12),
    ],
    sections: groups
      .filter((g) => g.models.length > 0)
      .map((g, i) => ({
        heading: `${ROMAN[i]}. MÔ HÌNH ${statusLabels[g.status].toLocaleUpperCase('vi')} (${formatNumber(g.models.length)} mô hình)`,
        rows: g.models.map((m) => {
          const average = averages.get(m.id);
          return {
            cells: [
              ++n,
              m.title,
              kindLabels[m.kind],
              m.kind === 'individual' ? m.personName : '',
              names.unit(m.unitId),
              names.field(m.fieldId),
              average === undefined ? null : documentAverage(average),
              statusLabels[m.status],
            ],
          };
        }),
      })),
    notes: [
      `Tổng cộng: ${countText(all)}; trong đó ${formatNumber(groups[0]!.models.length)} mô hình tiêu biểu.`,
    ],
    landscape: true,
    fileStem: `${title} năm ${year}`,
  };
}

/** Section numbers of a table's groups, as Party documents number them. */
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * "Danh sách đề nghị khen thưởng" năm …: the year's proposals and the decisions already taken, proposals
 * first. A commendation whose model has since been destroyed keeps its line.
 */
export function buildCommendationList(
  ctx: DocumentContext,
  year: number,
  commendations: readonly Commendation[],
  models: readonly ListedModel[],
): ListDocument {
  const names = catalogueNames(ctx.catalogues);
  const byId = new Map(models.map((m) => [m.id, m]));
  const title = 'Danh sách đề nghị khen thưởng';
  const rows = [...commendations].sort(commendationOrder).map((c, i) => {
    const m = byId.get(c.modelId);
    return {
      cells: [
        i + 1,
        m?.title ?? 'Mô hình đã xóa',
        m?.kind === 'individual' ? m.personName : '',
        m ? names.unit(m.unitId) : '',
        m ? statusLabels[m.status] : '',
        commendationFormText(c),
        c.issuer,
        commendationStatusLabels[c.status],
        c.decisionNumber,
        c.decisionDate,
      ],
    };
  });
  const granted = commendations.filter((c) => c.status === 'granted').length;
  return {
    ...documentFrame(ctx, 'DS', title, [`${MODEL_SUBJECT} năm ${year}`]),
    columns: [
      NUMBER,
      text('Tên mô hình', 38),
      text('Họ và tên', 18),
      text('Đơn vị đăng ký', 24),
      text('Kết quả đánh giá', 13),
      text('Hình thức khen thưởng', 14),
      text('Cơ quan khen thưởng', 20),
      text('Tình trạng', 14),
      text('Số quyết định', 12),
      { label: 'Ngày quyết định', type: 'date', width: 12 },
    ],
    sections: [{ heading: null, rows }],
    notes: [
      `Tổng cộng: ${formatNumber(rows.length)} mô hình; ${formatNumber(rows.length - granted)} đề nghị khen thưởng, ${formatNumber(granted)} đã khen thưởng.`,
    ],
    landscape: true,
    fileStem: `${title} năm ${year}`,
  };
}
