import { statusLabels } from '../domain/lifecycle';
import { kindLabels, modelKinds, type ModelKind } from '../domain/model';
import type { Round } from '../domain/round';
import type { ModelResult } from '../domain/scoring';
import { formatDate } from '../format/date';
import { AVERAGE_ROUNDING_NOTE, formatNumber } from '../format/number';
import { catalogueNames, documentFrame, MODEL_SUBJECT, type DocumentContext } from './document-context';
import { documentAverage, type ListDocument } from './list-document';
import { ROMAN } from './model-lists';

export interface KindGroup<M> {
  kind: ModelKind;
  models: M[];
}

/**
 * The round's models as the grid, the printed sheets and the summary list them: collective ones first, then
 * individual ones (they are scored on different rubrics), each in the round's order. A model missing from
 * `models` (moved to the trash since) is left out, as the results leave it out.
 */
export function kindGroups<M extends { id: string; kind: ModelKind }>(
  round: Pick<Round, 'modelIds'>,
  models: readonly M[],
): KindGroup<M>[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const inRound = round.modelIds.map((id) => byId.get(id)).filter((m): m is M => m !== undefined);
  return modelKinds
    .map((kind) => ({ kind, models: inRound.filter((m) => m.kind === kind) }))
    .filter((group) => group.models.length > 0);
}

export interface RankedGroup<M> {
  kind: ModelKind;
  rows: { model: M; result: ModelResult }[];
}

/**
 * The results of each kind's models, best first (ranks are per kind); models without an average yet come
 * last, in the round's order. The results screen and every summary list them so.
 */
export function rankedGroups<M extends { id: string }>(
  groups: readonly KindGroup<M>[],
  results: readonly ModelResult[],
): RankedGroup<M>[] {
  const byModel = new Map(results.map((r) => [r.modelId, r]));
  return groups.map((g) => ({
    kind: g.kind,
    rows: g.models
      .filter((model) => byModel.has(model.id))
      .map((model) => ({ model, result: byModel.get(model.id)! }))
      .sort((a, b) => (a.result.rank ?? Infinity) - (b.result.rank ?? Infinity)),
  }));
}

export interface RoundWithResults {
  round: Round;
  results: readonly ModelResult[];
}

/** Each model's average in the latest finalised round (by date) that scored it. */
export function finalisedAverages(rounds: readonly RoundWithResults[]): Map<string, number> {
  const averages = new Map<string, number>();
  const finalised = rounds
    .filter((r) => r.round.status === 'finalised')
    .sort((a, b) => a.round.date.localeCompare(b.round.date));
  for (const { results } of finalised) {
    for (const r of results) if (r.average !== null) averages.set(r.modelId, r.average);
  }
  return averages;
}

/** The round's date, "2023-12-20", as a local day: the date line must not shift with the time zone. */
export const roundDay = (iso: string) => new Date(`${iso}T00:00:00`);

/**
 * "Bảng tổng hợp kết quả chấm điểm" of a round: every model with each member's total (a column per member,
 * a total left out of the average struck through), the average, the rank among its kind and the result.
 * Dated the round's day.
 */
export function buildRoundSummary(
  ctx: DocumentContext,
  round: Round,
  models: readonly { id: string; kind: ModelKind; title: string; unitId: string }[],
  results: readonly ModelResult[],
): ListDocument {
  const names = catalogueNames(ctx.catalogues);
  // Printed before "Chốt kết quả", the results may still change: the title line says it is a draft.
  const title = `Bảng tổng hợp kết quả chấm điểm${round.status === 'finalised' ? '' : ' (dự thảo)'}`;
  const sections = rankedGroups(kindGroups(round, models), results);
  const members = round.memberIds.length;
  const dropped = results.some((r) => r.totals.some((t) => t.dropped));
  const { exemplary, recognised } = round.thresholds;
  let scored = 0;
  return {
    ...documentFrame({ ...ctx, date: roundDay(round.date) }, 'BTH', title, [
      `${MODEL_SUBJECT} năm ${round.year}`,
      `${round.name} (ngày ${formatDate(roundDay(round.date))})`,
    ]),
    // "Điểm trung bình" wide enough for two lines, as the members' names take: a header row of three lines
    // took a short summary's room for its signature.
    columns: [
      { label: 'STT', type: 'number', width: 6 },
      { label: 'Tên mô hình', type: 'text', width: members > 5 ? 33 : 41 },
      { label: 'Đơn vị', type: 'text', width: 20 },
      ...round.memberIds.map((id) => ({ label: names.member(id), type: 'number' as const, width: 11 })),
      { label: 'Điểm trung bình', type: 'average', width: 14 },
      { label: 'Xếp hạng', type: 'number', width: 9 },
      { label: 'Kết quả', type: 'text', width: 16 },
    ],
    sections: sections.map(({ kind, rows }, g) => ({
      heading: `${ROMAN[g]}. MÔ HÌNH ${kindLabels[kind].toLocaleUpperCase('vi')} (${formatNumber(rows.length)} mô hình)`,
      rows: rows.map(({ model, result }, i) => {
        if (result.average !== null) scored++;
        const struck = result.totals.flatMap((t, m) => (t.dropped ? [3 + m] : []));
        return {
          cells: [
            i + 1,
            model.title,
            names.unit(model.unitId),
            ...result.totals.map((t) => t.total),
            result.average === null ? null : documentAverage(result.average),
            result.rank,
            result.classification ? statusLabels[result.classification] : 'Chưa có điểm',
          ],
          ...(struck.length > 0 ? { struck } : {}),
        };
      }),
    })),
    notes: [
      `Tổng cộng: ${formatNumber(sections.reduce((n, s) => n + s.rows.length, 0))} mô hình, ${formatNumber(scored)} mô hình đã có điểm trung bình.`,
      `Ghi chú: Xếp loại theo điểm trung bình: “${statusLabels.exemplary}” từ ${formatNumber(exemplary)} điểm; ` +
        `“${statusLabels.recognised}” từ ${formatNumber(recognised)} điểm; dưới ${formatNumber(recognised)} điểm ` +
        `“${statusLabels.not_recognised}”. Xếp hạng riêng trong từng hình thức (tập thể, cá nhân).` +
        (dropped ? ' Điểm gạch ngang là điểm cao nhất, thấp nhất được loại khi tính điểm trung bình.' : ''),
      AVERAGE_ROUNDING_NOTE,
    ],
    landscape: true,
    fileStem: `${title} - ${round.name}`,
  };
}
