import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Commendation } from '../../../shared/domain/commendation';
import { statusLabels, type ModelStatus } from '../../../shared/domain/lifecycle';
import type { Model } from '../../../shared/domain/model';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { YearData } from '../store/data-files';
import { someTitles } from './refusals';
import { replaceById } from './round-access';

type CommendationChannels =
  'commendations.list' | 'commendations.propose' | 'commendations.grant' | 'commendations.withdraw';

export interface CommendationServiceDeps {
  store: DataStore;
  clock: Clock;
  /** Who is working, kept in each commendation's history. */
  actor: string;
}

/** Only a model the committee recognised can be put forward for a commendation. */
const commendable: readonly ModelStatus[] = ['recognised', 'exemplary'];

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

/** "Đề nghị khen thưởng" → "Đã khen thưởng", kept in the model's year file. */
export function commendationService({
  store,
  clock,
  actor,
}: CommendationServiceDeps): HandlersFor<CommendationChannels> {
  return {
    'commendations.list': async ({ year }) => (await store.yearData(year)).commendations,

    'commendations.propose': async ({ year, modelIds, ...proposal }) => {
      let created: Commendation[] = [];
      await store.updateYear(year, (data) => {
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
        const unrecognised = models.filter((m) => !commendable.includes(m.status));
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
        const at = clock().toISOString();
        const rounds = resultRounds(data);
        created = models.map((m) => ({
          ...proposal,
          formOther: proposal.form === 'Khác' ? proposal.formOther : '',
          id: randomUUID(),
          createdAt: at,
          updatedAt: at,
          modelId: m.id,
          roundId: rounds.get(m.id) ?? null,
          status: 'proposed',
          decisionNumber: '',
          decisionDate: null,
          history: [{ at, action: 'propose', note: proposal.note, by: actor }],
        }));
        return { ...data, commendations: [...data.commendations, ...created] };
      });
      return created;
    },

    'commendations.grant': async ({ year, id, note, ...decision }) => {
      let saved!: Commendation;
      await store.updateYear(year, (data) => {
        const current = findCommendation(data, id);
        const at = clock().toISOString();
        // Granting again corrects the decision's details; the history keeps each version.
        saved = {
          ...current,
          ...decision,
          formOther: decision.form === 'Khác' ? decision.formOther : '',
          status: 'granted',
          history: [...current.history, { at, action: 'grant', note, by: actor }],
          updatedAt: at,
        };
        return { ...data, commendations: replaceById(data.commendations, saved) };
      });
      return saved;
    },

    'commendations.withdraw': async ({ year, id }) => {
      await store.updateYear(year, (data) => {
        const current = findCommendation(data, id);
        if (current.status === 'granted') {
          throw new AppError(
            'CONFLICT',
            'Đã có quyết định khen thưởng nên không rút được. Nếu thông tin quyết định sai, hãy sửa lại.',
          );
        }
        return { ...data, commendations: data.commendations.filter((c) => c.id !== id) };
      });
      return { withdrawn: true as const };
    },
  };
}
