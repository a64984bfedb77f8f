import { AppError, type FieldIssue } from '../../contract/errors';
import { formatAverage } from '../../format/number';
import { findSameName } from '../../text/name-key';
import type { ModelStatus } from '../lifecycle';
import { kindLabels, type Model, type ModelKind, type StatusChange } from '../model';
import { withTombstones, type YearData } from '../office-data';
import { resultSteps } from '../result-steps';
import type { AppliedResult, Round, Thresholds } from '../round';
import type { Rubric } from '../rubric';
import { roundResults } from '../scoring';
import {
  invalidInput,
  replaceById,
  someTitles,
  touched,
  type CommandContext,
  type OfficeState,
  type Outcome,
} from './command';

/** The statuses of a model still waiting for its evaluation: what "every model of the year" takes. */
export const awaitingEvaluation: readonly ModelStatus[] = ['registered', 'in_progress'];

export function findRound(data: YearData, roundId: string): Round {
  const round = data.rounds.find((r) => r.id === roundId);
  if (!round) throw new AppError('NOT_FOUND', 'Không tìm thấy đợt đánh giá này (có thể đã bị xóa).');
  return round;
}

/** A finalised round is locked: its sheets and settings are the record of what the committee decided. */
export function requireOpen(round: Round): void {
  if (round.status === 'finalised') {
    throw new AppError(
      'CONFLICT',
      `Đợt đánh giá “${round.name}” đã chốt kết quả nên không sửa được. Hãy mở lại đợt nếu cần sửa.`,
    );
  }
}

/**
 * The round's models as they are now, in the round's order: a model moved to the trash or destroyed since
 * is left out of scoring, results and finalising (its sheets are kept, and count again if it is restored).
 */
export function roundModels(round: Round, data: YearData): Model[] {
  const byId = new Map(data.models.map((m) => [m.id, m]));
  return round.modelIds
    .map((id) => byId.get(id))
    .filter((m): m is Model => m !== undefined && m.deletedAt === null);
}

interface RoundChoice {
  name: string;
  memberIds: string[];
  modelIds: string[];
}

/** Members must be in the catalogue; models in this year, not in the trash and not dropped. */
function checkChoices(state: OfficeState, data: YearData, choice: RoundChoice, current?: Round): void {
  const issues: FieldIssue[] = [];
  const sameName = findSameName(data.rounds, choice.name, current?.id);
  if (sameName) {
    issues.push({ path: ['name'], message: `Năm ${data.year} đã có đợt đánh giá “${sameName.name}”.` });
  }
  // Only what is added is checked: a member or model already in the round stays even if it changed since.
  const members = new Set(state.main.catalogues.members.map((m) => m.id));
  const unknownMembers = choice.memberIds.filter(
    (id) => !members.has(id) && !current?.memberIds.includes(id),
  ).length;
  if (unknownMembers > 0) {
    issues.push({
      path: ['memberIds'],
      message: `Thành viên chấm điểm: có ${unknownMembers} thành viên không có trong danh mục.`,
    });
  }
  const models = new Map(data.models.map((m) => [m.id, m]));
  const already = new Set(current?.modelIds);
  const added = choice.modelIds.filter((id) => !already.has(id));
  const absent = added.filter((id) => !models.get(id) || models.get(id)!.deletedAt !== null).length;
  if (absent > 0) {
    issues.push({
      path: ['modelIds'],
      message: `Mô hình được đánh giá: có ${absent} mô hình không thuộc năm ${data.year} hoặc đã ở Thùng rác.`,
    });
  }
  const stopped = added
    .map((id) => models.get(id))
    .filter((m): m is Model => m?.status === 'stopped' && m.deletedAt === null);
  if (stopped.length > 0) {
    issues.push({
      path: ['modelIds'],
      message: `Mô hình được đánh giá: ${someTitles(stopped)} đã “Dừng thực hiện”.`,
    });
  }
  if (issues.length > 0) throw invalidInput(issues);
}

/** The rubric of each kind to copy: the one asked for, or the first of that kind. */
function pickRubrics(rubrics: readonly Rubric[], asked: Partial<Record<ModelKind, string>> | undefined) {
  const pick = (kind: ModelKind): Rubric => {
    const id = asked?.[kind];
    const rubric = rubrics.find((r) => r.kind === kind && (id === undefined || r.id === id));
    if (rubric) return rubric;
    const what = `bộ tiêu chí cho mô hình ${kindLabels[kind].toLocaleLowerCase('vi')}`;
    if (id !== undefined)
      throw invalidInput([{ path: ['rubricIds', kind], message: `Không tìm thấy ${what}.` }]);
    throw new AppError('CONFLICT', `Chưa có ${what}: hãy tạo trong “Bộ tiêu chí” trước.`);
  };
  return { collective: pick('collective'), individual: pick('individual') };
}

export interface RoundSettings {
  name: string;
  date: string;
  memberIds: string[];
  thresholds: Thresholds;
  dropExtremes: boolean;
}

export interface CreateRoundInput extends RoundSettings {
  year: number;
  /** The models listed, or (absent) every model of the year still waiting for its evaluation. */
  modelIds?: string[];
  allOfYear?: true;
  rubricIds?: Partial<Record<ModelKind, string>>;
}

/** "Tạo đợt đánh giá": copies the rubrics, so editing them later never changes this round. */
export function createRound(
  state: OfficeState,
  { year, allOfYear, modelIds, rubricIds, ...form }: CreateRoundInput,
  ctx: CommandContext,
): Outcome<Round> {
  const rubrics = pickRubrics(state.main.rubrics, rubricIds);
  const data = state.year(year);
  const chosen =
    modelIds ??
    data.models.filter((m) => m.deletedAt === null && awaitingEvaluation.includes(m.status)).map((m) => m.id);
  if (allOfYear && chosen.length === 0) {
    throw invalidInput([
      {
        path: ['allOfYear'],
        message: `Năm ${year} không có mô hình nào “Đã đăng ký” hoặc “Đang thực hiện” để đánh giá.`,
      },
    ]);
  }
  checkChoices(state, data, { ...form, modelIds: chosen });
  const round: Round = {
    ...form,
    id: ctx.newId(),
    createdAt: ctx.now,
    ...touched(ctx),
    year,
    modelIds: chosen,
    rubrics,
    status: 'open',
    history: [],
    applied: [],
  };
  return { years: [{ ...data, rounds: [...data.rounds, round] }], result: round };
}

export function updateRound(
  state: OfficeState,
  { year, roundId, ...form }: RoundSettings & { year: number; roundId: string; modelIds: string[] },
  ctx: CommandContext,
): Outcome<Round> {
  const data = state.year(year);
  const round = findRound(data, roundId);
  requireOpen(round);
  checkChoices(state, data, form, round);
  const saved: Round = { ...round, ...form, ...touched(ctx) };
  return { years: [{ ...data, rounds: replaceById(data.rounds, saved) }], result: saved };
}

/** Only an open round with no score typed yet: a scored sheet is the committee's work. */
export function deleteRound(
  state: OfficeState,
  { year, roundId }: { year: number; roundId: string },
): Outcome<{ deleted: true }> {
  const data = state.year(year);
  const round = findRound(data, roundId);
  requireOpen(round);
  const scored = data.sheets.filter(
    (s) => s.roundId === roundId && (s.total !== null || s.scores.some((v) => v !== null)),
  ).length;
  if (scored > 0) {
    throw new AppError(
      'CONFLICT',
      `Đợt đánh giá “${round.name}” đã có ${scored} phiếu chấm điểm nên không xóa được. Hãy xóa điểm trên các phiếu trước nếu thật sự muốn xóa đợt.`,
    );
  }
  return {
    years: [
      withTombstones(
        withTombstones(
          {
            ...data,
            rounds: data.rounds.filter((r) => r.id !== roundId),
            sheets: data.sheets.filter((s) => s.roundId !== roundId),
          },
          'rounds',
          [round],
        ),
        'sheets',
        data.sheets.filter((s) => s.roundId === roundId),
      ),
    ],
    result: { deleted: true },
  };
}

interface RoundDecision {
  year: number;
  roundId: string;
  note: string;
}

/** What deciding on a round changes: the year's models, and which results the round now stands applied. */
interface Decided {
  models: Model[];
  applied: AppliedResult[];
}

/**
 * "Chốt kết quả" and "Mở lại" alike: `decide` checks the round and says what changes, and the round records
 * the decision in its history, written together with the models it changed.
 */
function roundDecision(
  action: 'finalise' | 'reopen',
  decide: (data: YearData, round: Round, note: string, ctx: CommandContext) => Decided,
) {
  return (
    state: OfficeState,
    { year, roundId, note }: RoundDecision,
    ctx: CommandContext,
  ): Outcome<Round> => {
    const data = state.year(year);
    const round = findRound(data, roundId);
    const { models, applied } = decide(data, round, note, ctx);
    const decided: Round = {
      ...round,
      status: action === 'finalise' ? 'finalised' : 'open',
      history: [...round.history, { at: ctx.now, action, note, by: ctx.actor }],
      applied,
      ...touched(ctx),
    };
    return { years: [{ ...data, rounds: replaceById(data.rounds, decided), models }], result: decided };
  };
}

/**
 * "Chốt kết quả": the round's results become the models' statuses, the round and every model it touches
 * written together.
 */
export const finaliseRound = roundDecision('finalise', (data, round, _note, ctx): Decided => {
  requireOpen(round);
  const models = roundModels(round, data);
  const results = roundResults(round, models, data.sheets).models;
  const unscored = results.filter((r) => r.classification === null).length;
  if (unscored > 0) {
    throw new AppError(
      'CONFLICT',
      `Chưa chốt được kết quả: ${unscored} mô hình chưa có phiếu chấm điểm nào được chấm đủ.`,
    );
  }
  const changed = new Map<string, Model>();
  const applied: AppliedResult[] = [];
  const blocked: Model[] = [];
  results.forEach((result, i) => {
    const model = models[i]!;
    const to = result.classification!;
    const steps = resultSteps(model.status, to);
    if (steps === null) blocked.push(model);
    if (!steps || steps.length === 0) return;
    const resultNote = `Kết quả đợt đánh giá “${round.name}”: ${formatAverage(result.average!)} điểm`;
    const history: StatusChange[] = steps.map((step, s) => ({
      at: ctx.now,
      from: s === 0 ? model.status : steps[s - 1]!,
      to: step,
      note: step === to ? resultNote : `Đánh giá lại trong đợt đánh giá “${round.name}”`,
      by: ctx.actor,
    }));
    changed.set(model.id, {
      ...model,
      status: to,
      history: [...model.history, ...history],
      ...touched(ctx),
    });
    applied.push({ modelId: model.id, from: model.status, to });
  });
  if (blocked.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Chưa chốt được kết quả: ${someTitles(blocked)} đang “Dừng thực hiện”. Hãy bỏ khỏi đợt hoặc chuyển sang “Đang thực hiện” trước.`,
    );
  }
  return { models: data.models.map((m) => changed.get(m.id) ?? m), applied };
});

/** "Mở lại": the models the round gave a result go back to "Đang thực hiện", unless changed by hand since. */
export const reopenRound = roundDecision('reopen', (data, round, note, ctx): Decided => {
  if (round.status === 'open') {
    throw new AppError('CONFLICT', `Đợt đánh giá “${round.name}” đang mở, chưa chốt kết quả.`);
  }
  const appliedTo = new Map(round.applied.map((a) => [a.modelId, a.to]));
  // Reopening would leave a commendation standing on a result that no longer exists.
  const commended = data.commendations.filter((c) => appliedTo.has(c.modelId));
  const granted = commended.filter((c) => c.status === 'granted').length;
  if (granted > 0) {
    throw new AppError(
      'CONFLICT',
      `Không mở lại được: ${granted} mô hình đã được khen thưởng theo kết quả đợt đánh giá “${round.name}”.`,
    );
  }
  if (commended.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Không mở lại được: ${commended.length} mô hình đang được đề nghị khen thưởng theo kết quả đợt này. Hãy rút các đề nghị đó trước.`,
    );
  }
  const reason = `Mở lại đợt đánh giá “${round.name}”${note ? `: ${note}` : ''}`;
  // A model whose status was changed by hand since keeps it: that later decision is not the round's.
  const models = data.models.map((m): Model => {
    if (appliedTo.get(m.id) !== m.status) return m;
    const back: StatusChange = {
      at: ctx.now,
      from: m.status,
      to: 'in_progress',
      note: reason,
      by: ctx.actor,
    };
    return { ...m, status: 'in_progress', history: [...m.history, back], ...touched(ctx) };
  });
  return { models, applied: [] };
});
