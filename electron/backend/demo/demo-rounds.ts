import { randomUUID } from 'node:crypto';
import { formatNumber } from '../../../shared/format/number';
import type { Commendation } from '../../../shared/domain/commendation';
import type { Model } from '../../../shared/domain/model';
import { defaultThresholds, type Round } from '../../../shared/domain/round';
import type { Rubric } from '../../../shared/domain/rubric';
import { roundResults } from '../../../shared/domain/scoring';
import type { Sheet } from '../../../shared/domain/sheet';
import { between, type Random } from './random';

/** Around what total the committee scored a model, by the result the demo wants it to reach. */
const TARGET: Partial<Record<Model['status'], number>> = {
  exemplary: 93,
  recognised: 80,
  not_recognised: 60,
};

export interface DemoRound {
  round: Round;
  sheets: Sheet[];
  /** The year's models, those in the round now carrying the result their sheets give. */
  models: Model[];
  commendations: Commendation[];
}

/**
 * The year-end round of a demo year, finalised: every evaluated model scored per criterion by every member,
 * and its status taken from the results (so the round, the sheets and the statuses always agree). Exemplary
 * models are commended: granted for past years, proposed for the last one.
 */
export function demoRound(o: {
  year: number;
  models: readonly Model[];
  memberIds: readonly string[];
  rubrics: { collective: Rubric; individual: Rubric };
  granted: boolean;
  rng: Random;
  actor: string;
}): DemoRound {
  const at = new Date(Date.UTC(o.year, 11, 20, 3)).toISOString();
  const date = `${o.year}-12-20`;
  const evaluated = o.models.filter((m) => TARGET[m.status] !== undefined);
  const round: Round = {
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    year: o.year,
    name: `Tổng kết năm ${o.year}`,
    date,
    memberIds: [...o.memberIds],
    thresholds: defaultThresholds,
    dropExtremes: true,
    modelIds: evaluated.map((m) => m.id),
    rubrics: o.rubrics,
    status: 'finalised',
    history: [{ at, action: 'finalise', note: 'Hội nghị Ban Chỉ đạo tổng kết năm', by: o.actor }],
    applied: [],
  };
  const sheets = evaluated.flatMap((model) => {
    const target = TARGET[model.status]!;
    return o.memberIds.map((memberId): Sheet => {
      const share = Math.min(1, Math.max(0, (target + between(o.rng, -6, 6)) / 100));
      return {
        id: randomUUID(),
        createdAt: at,
        updatedAt: at,
        roundId: round.id,
        memberId,
        modelId: model.id,
        scores: o.rubrics[model.kind].criteria.map((c) => Math.round(c.maxPoints * share * 2) / 2),
        total: null,
      };
    });
  });

  const results = roundResults(round, evaluated, sheets).models;
  const byId = new Map(results.map((r) => [r.modelId, r]));
  const models = o.models.map((m) => {
    const result = byId.get(m.id);
    if (!result?.classification) return m;
    round.applied.push({ modelId: m.id, from: 'in_progress', to: result.classification });
    const last = m.history.at(-1)!;
    const note = `Kết quả đợt đánh giá “${round.name}”: ${formatNumber(result.average!)} điểm`;
    return {
      ...m,
      status: result.classification,
      history: [...m.history.slice(0, -1), { ...last, at, to: result.classification, note }],
      updatedAt: at,
    };
  });

  const commendations = models
    .filter((m) => m.status === 'exemplary')
    .map((m): Commendation => ({
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      modelId: m.id,
      roundId: round.id,
      status: o.granted ? 'granted' : 'proposed',
      form: 'Giấy khen',
      formOther: '',
      issuer: 'Ban Thường vụ Huyện ủy',
      note: '',
      decisionNumber: o.granted ? `${between(o.rng, 100, 999)}-QĐ/HU` : '',
      decisionDate: o.granted ? `${o.year + 1}-01-15` : null,
      history: [
        { at, action: 'propose', note: 'Đề nghị từ kết quả tổng kết', by: o.actor },
        ...(o.granted ? [{ at, action: 'grant' as const, note: '', by: o.actor }] : []),
      ],
    }));
  return { round, sheets, models, commendations };
}
