import { touched } from '../../../shared/domain/commands/command';
import { grantCommendation, proposeCommendations } from '../../../shared/domain/commands/commendations';
import { createRound, finaliseRound } from '../../../shared/domain/commands/rounds';
import type { Model } from '../../../shared/domain/model';
import { defaultThresholds } from '../../../shared/domain/round';
import type { Sheet } from '../../../shared/domain/sheet';
import type { CommandRunner } from '../services/command-runner';
import type { Tx } from '../store/data-store';
import { between, type Random } from './random';

/** Around what total the committee scored a model, by the result the demo wants it to reach. */
const TARGET: Partial<Record<Model['status'], number>> = {
  exemplary: 93,
  recognised: 80,
  not_recognised: 60,
};

export interface DemoYear {
  year: number;
  /** The year's models as generated: an evaluated one carries the result the demo aims at. */
  models: readonly Model[];
  memberIds: readonly string[];
  /** Past years' commendations are decided; the last year's are only proposed. */
  granted: boolean;
  rng: Random;
}

/**
 * Writes a demo year the way the office lives it: the models carried out ("Đang thực hiện"), a year-end round
 * scored per criterion by every member around each model's target, then finalised by the same command as
 * "Chốt kết quả", and the exemplary models proposed (and, for past years, granted) by the commendation
 * commands. Answers the year's models as finalised.
 */
export async function evaluateDemoYear(tx: Tx, commands: CommandRunner, o: DemoYear): Promise<Model[]> {
  const at = new Date(Date.UTC(o.year, 11, 20, 3)).toISOString();
  const yearEnd = { ...commands.context(), now: at };
  const evaluated = o.models.filter((m) => TARGET[m.status] !== undefined);
  const target = new Map(evaluated.map((m) => [m.id, TARGET[m.status]!]));
  const carriedOut = o.models.map((m) =>
    target.has(m.id) ? { ...m, status: 'in_progress' as const, history: m.history.slice(0, -1) } : m,
  );
  const data = await tx.year(o.year);
  tx.setYear(o.year, { ...data, models: [...data.models, ...carriedOut] });

  const round = await commands.runIn(tx, [o.year], (state) =>
    createRound(
      state,
      {
        year: o.year,
        name: `Tổng kết năm ${o.year}`,
        date: `${o.year}-12-20`,
        memberIds: [...o.memberIds],
        thresholds: defaultThresholds,
        dropExtremes: true,
        modelIds: evaluated.map((m) => m.id),
      },
      yearEnd,
    ),
  );
  const sheets = evaluated.flatMap((model) =>
    o.memberIds.map((memberId): Sheet => {
      const share = Math.min(1, Math.max(0, (target.get(model.id)! + between(o.rng, -6, 6)) / 100));
      return {
        id: yearEnd.newId(),
        createdAt: at,
        ...touched(yearEnd),
        roundId: round.id,
        memberId,
        modelId: model.id,
        scores: round.rubrics[model.kind].criteria.map((c) => Math.round(c.maxPoints * share * 2) / 2),
        total: null,
      };
    }),
  );
  const scored = await tx.year(o.year);
  tx.setYear(o.year, { ...scored, sheets: [...scored.sheets, ...sheets] });

  const note = { year: o.year, roundId: round.id, note: 'Hội nghị Ban Chỉ đạo tổng kết năm' };
  await commands.runIn(tx, [o.year], (state) => finaliseRound(state, note, yearEnd));
  const finalised = (await tx.year(o.year)).models;
  const exemplary = finalised.filter((m) => m.status === 'exemplary').map((m) => m.id);
  if (exemplary.length === 0) return finalised;
  const proposed = await commands.runIn(tx, [o.year], (state) =>
    proposeCommendations(
      state,
      {
        year: o.year,
        modelIds: exemplary,
        form: 'Giấy khen',
        formOther: '',
        issuer: 'Ban Thường vụ Huyện ủy',
        note: 'Đề nghị từ kết quả tổng kết',
      },
      yearEnd,
    ),
  );
  if (!o.granted) return finalised;
  for (const c of proposed) {
    await commands.runIn(tx, [o.year], (state) =>
      grantCommendation(
        state,
        {
          year: o.year,
          id: c.id,
          form: c.form,
          formOther: '',
          issuer: c.issuer,
          decisionNumber: `${between(o.rng, 100, 999)}-QĐ/HU`,
          decisionDate: `${o.year + 1}-01-15`,
          note: '',
        },
        yearEnd,
      ),
    );
  }
  return finalised;
}
