import { AppError } from '../../../shared/contract/errors';
import { formatNumber } from '../../../shared/format/number';
import type { Model, StatusChange } from '../../../shared/domain/model';
import { resultSteps } from '../../../shared/domain/result-steps';
import type { AppliedResult, Round } from '../../../shared/domain/round';
import { roundResults } from '../../../shared/domain/scoring';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { YearData } from '../store/data-files';
import { someTitles } from './refusals';
import { findRound, replaceById, requireOpen, roundModels } from './round-access';

export interface RoundClosingDeps {
  store: DataStore;
  clock: Clock;
  /** Who is working, kept in the round's and the models' history. */
  actor: string;
}

/**
 * "Chốt kết quả" and "Mở lại": the round's decision reaches the models' statuses. Each is one change of the
 * year file, so the round and every model it touches are saved together or not at all.
 */
export function roundClosingService({
  store,
  clock,
  actor,
}: RoundClosingDeps): HandlersFor<'rounds.finalise' | 'rounds.reopen'> {
  async function decide(
    year: number,
    roundId: string,
    change: (data: YearData, round: Round, at: string) => YearData,
  ) {
    let saved!: Round;
    await store.updateYear(year, (data) => {
      const next = change(data, findRound(data, roundId), clock().toISOString());
      saved = findRound(next, roundId);
      return next;
    });
    return saved;
  }

  return {
    'rounds.finalise': ({ year, roundId, note }) =>
      decide(year, roundId, (data, round, at) => {
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
          const resultNote = `Kết quả đợt đánh giá “${round.name}”: ${formatNumber(result.average!)} điểm`;
          const history: StatusChange[] = steps.map((step, s) => ({
            at,
            from: s === 0 ? model.status : steps[s - 1]!,
            to: step,
            note: step === to ? resultNote : `Đánh giá lại trong đợt đánh giá “${round.name}”`,
            by: actor,
          }));
          changed.set(model.id, {
            ...model,
            status: to,
            history: [...model.history, ...history],
            updatedAt: at,
          });
          applied.push({ modelId: model.id, from: model.status, to });
        });
        if (blocked.length > 0) {
          throw new AppError(
            'CONFLICT',
            `Chưa chốt được kết quả: ${someTitles(blocked)} đang “Dừng thực hiện”. Hãy bỏ khỏi đợt hoặc chuyển sang “Đang thực hiện” trước.`,
          );
        }
        const finalised: Round = {
          ...round,
          status: 'finalised',
          history: [...round.history, { at, action: 'finalise', note, by: actor }],
          applied,
          updatedAt: at,
        };
        return {
          ...data,
          rounds: replaceById(data.rounds, finalised),
          models: data.models.map((m) => changed.get(m.id) ?? m),
        };
      }),

    'rounds.reopen': ({ year, roundId, note }) =>
      decide(year, roundId, (data, round, at) => {
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
          const back: StatusChange = { at, from: m.status, to: 'in_progress', note: reason, by: actor };
          return { ...m, status: 'in_progress', history: [...m.history, back], updatedAt: at };
        });
        const reopened: Round = {
          ...round,
          status: 'open',
          history: [...round.history, { at, action: 'reopen', note, by: actor }],
          applied: [],
          updatedAt: at,
        };
        return { ...data, rounds: replaceById(data.rounds, reopened), models };
      }),
  };
}
