import { AppError } from '../../contract/errors';
import {
  commendationFormText,
  isCommendable,
  type Commendation,
  type CommendationForm,
} from '../commendation';
import { formatDate } from '../../format/date';
import { statusLabels } from '../lifecycle';
import { historyEventLabels, type HistoryEvent, type Model } from '../model';
import { withTombstones, type YearData } from '../office-data';
import {
  findById,
  someTitles,
  touched,
  type CommandContext,
  type OfficeState,
  type Outcome,
} from './command';

/** For each model, the finalised round of the year that gave its result (the latest, if several did). */
function resultRounds(data: YearData): Map<string, string> {
  const byModel = new Map<string, string>();
  const finalised = data.rounds
    .filter((r) => r.status === 'finalised')
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const round of finalised) for (const modelId of round.modelIds) byModel.set(modelId, round.id);
  return byModel;
}

function findCommendation(data: YearData, id: string): Commendation {
  const found = data.commendations.find((c) => c.id === id);
  if (!found) throw new AppError('NOT_FOUND', 'Không tìm thấy đề nghị khen thưởng này (có thể đã được rút).');
  return found;
}

/** The models named in `details` (model id → detail) with an entry in their history; their status stays. */
function withHistoryEvent(
  data: YearData,
  event: HistoryEvent,
  details: ReadonlyMap<string, string>,
  ctx: CommandContext,
): Model[] {
  return data.models.map((m): Model => {
    const detail = details.get(m.id);
    if (detail === undefined) return m;
    const note = `${historyEventLabels[event]}${detail ? `: ${detail}` : ''}`;
    const entry = { at: ctx.now, from: m.status, to: m.status, note, by: ctx.actor, event };
    return { ...m, history: [...m.history, entry], ...touched(ctx) };
  });
}

export interface ProposeInput {
  year: number;
  modelIds: readonly string[];
  form: CommendationForm;
  formOther: string;
  issuer: string;
  note: string;
}

/** "Đề nghị khen thưởng" for recognised models of one year, each at most once. */
export function proposeCommendations(
  state: OfficeState,
  { year, modelIds, ...proposal }: ProposeInput,
  ctx: CommandContext,
): Outcome<Commendation[]> {
  const data = state.year(year);
  const byId = new Map(data.models.map((m) => [m.id, m]));
  const models = modelIds
    .map((id) => byId.get(id))
    .filter((m): m is Model => m !== undefined && m.deletedAt === null);
  const absent = modelIds.length - models.length;
  if (absent > 0) {
    throw new AppError(
      'NOT_FOUND',
      `Không tìm thấy ${absent} mô hình được chọn trong năm ${year} (có thể đã bị xóa hoặc ở Thùng rác).`,
    );
  }
  const unrecognised = models.filter((m) => !isCommendable(m.status));
  if (unrecognised.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Chỉ đề nghị khen thưởng mô hình “${statusLabels.recognised}” hoặc “${statusLabels.exemplary}”: ${someTitles(unrecognised)} chưa đạt.`,
    );
  }
  const already = new Set(data.commendations.map((c) => c.modelId));
  const twice = models.filter((m) => already.has(m.id));
  if (twice.length > 0) {
    throw new AppError('CONFLICT', `${someTitles(twice)} đã được đề nghị khen thưởng.`);
  }
  const rounds = resultRounds(data);
  const created = models.map((m): Commendation => ({
    ...proposal,
    formOther: proposal.form === 'Khác' ? proposal.formOther : '',
    id: ctx.newId(),
    createdAt: ctx.now,
    ...touched(ctx),
    modelId: m.id,
    roundId: rounds.get(m.id) ?? null,
    status: 'proposed',
    decisionNumber: '',
    decisionDate: null,
    history: [{ at: ctx.now, action: 'propose', note: proposal.note, by: ctx.actor }],
  }));
  return { years: [{ ...data, commendations: [...data.commendations, ...created] }], result: created };
}

/** What a decision ("Quyết định khen thưởng") records, for one proposal or for several at once. */
interface Decision {
  form: CommendationForm;
  formOther: string;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
  note: string;
}

export interface GrantInput extends Decision {
  year: number;
  id: string;
}

export interface GrantManyInput extends Decision {
  year: number;
  ids: readonly string[];
}

/**
 * The decision recorded on the chosen commendations, with its line in each one's history and in its model's:
 * the one rule both the single decision and the decision for many models follow. One pass over the year's
 * models and commendations, however many are chosen.
 */
function withDecision(
  data: YearData,
  chosen: readonly Commendation[],
  { form, formOther, issuer, decisionNumber, decisionDate, note }: Decision,
  ctx: CommandContext,
): { data: YearData; saved: Commendation[] } {
  const saved = chosen.map((current): Commendation => ({
    ...current,
    form,
    formOther: form === 'Khác' ? formOther : '',
    issuer,
    decisionNumber,
    decisionDate,
    status: 'granted',
    history: [...current.history, { at: ctx.now, action: 'grant', note, by: ctx.actor }],
    ...touched(ctx),
  }));
  const detail = (c: Commendation) =>
    `${commendationFormText(c)} của ${c.issuer}, quyết định số ${c.decisionNumber} ` +
    `ngày ${formatDate(c.decisionDate!)}`;
  const byId = new Map(saved.map((c) => [c.id, c]));
  return {
    data: {
      ...data,
      models: withHistoryEvent(data, 'commended', new Map(saved.map((c) => [c.modelId, detail(c)])), ctx),
      commendations: data.commendations.map((c) => byId.get(c.id) ?? c),
    },
    saved,
  };
}

/** "Quyết định khen thưởng". Granting again corrects the decision's details; the history keeps each version. */
export function grantCommendation(
  state: OfficeState,
  { year, id, ...decision }: GrantInput,
  ctx: CommandContext,
): Outcome<Commendation> {
  const data = state.year(year);
  const granted = withDecision(data, [findCommendation(data, id)], decision, ctx);
  return { years: [granted.data], result: granted.saved[0]! };
}

/**
 * "Ghi quyết định" for several proposals at once: one decision (form, issuer, number, date) for all of them,
 * or, when one of them cannot take it, for none. A decision already recorded is corrected one by one, so that
 * a selection made before someone else recorded it does not overwrite that decision unseen.
 */
export function grantCommendations(
  state: OfficeState,
  { year, ids, ...decision }: GrantManyInput,
  ctx: CommandContext,
): Outcome<Commendation[]> {
  const data = state.year(year);
  const chosen = ids.map((id) => findById(data.commendations, id));
  const absent = chosen.filter((c) => c === undefined).length;
  if (absent > 0) {
    throw new AppError(
      'NOT_FOUND',
      `Không tìm thấy ${absent} đề nghị khen thưởng được chọn (có thể đã được rút). Hãy tải lại danh sách và chọn lại.`,
    );
  }
  const proposals = chosen as Commendation[];
  const titled = (c: Commendation) => ({
    title: findById(data.models, c.modelId)?.title ?? 'Mô hình đã xóa',
  });
  const decided = proposals.filter((c) => c.status === 'granted');
  if (decided.length > 0) {
    throw new AppError(
      'CONFLICT',
      `${someTitles(decided.map(titled))} đã có quyết định khen thưởng. ` +
        `Hãy bỏ chọn ${decided.length > 1 ? 'các mô hình này' : 'mô hình này'}; ` +
        'muốn sửa quyết định đã ghi thì sửa riêng từng mô hình.',
    );
  }
  const granted = withDecision(data, proposals, decision, ctx);
  return { years: [granted.data], result: granted.saved };
}

/** "Rút đề nghị": only while no decision has been recorded. */
export function withdrawCommendation(
  state: OfficeState,
  { year, id }: { year: number; id: string },
  ctx: CommandContext,
): Outcome<{ withdrawn: true }> {
  const data = state.year(year);
  const current = findCommendation(data, id);
  if (current.status === 'granted') {
    throw new AppError(
      'CONFLICT',
      'Đã có quyết định khen thưởng nên không rút được. Nếu thông tin quyết định sai, hãy sửa lại.',
    );
  }
  return {
    years: [
      withTombstones(
        {
          ...data,
          models: withHistoryEvent(data, 'commendation_withdrawn', new Map([[current.modelId, '']]), ctx),
          commendations: data.commendations.filter((c) => c.id !== id),
        },
        'commendations',
        [current],
      ),
    ],
    result: { withdrawn: true },
  };
}
