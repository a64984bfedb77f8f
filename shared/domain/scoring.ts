import { z } from 'zod';
import type { ModelStatus } from './lifecycle';
import { modelKinds, type ModelKind } from './model';
import type { Round, Thresholds } from './round';
import type { Sheet } from './sheet';

/**
 * The results of a round ("Bảng tổng hợp kết quả chấm điểm") as pure functions: the same code gives the
 * screen, the printed table, the finalised statuses and the tests their numbers.
 */

export const classifications = [
  'exemplary',
  'recognised',
  'not_recognised',
] as const satisfies readonly ModelStatus[];
export type Classification = (typeof classifications)[number];

/** A member's total this far from the model's average is shown for the committee to look at again. */
export const DISAGREEMENT_POINTS = 20;
/** Dropping the highest and the lowest total only makes sense when three totals remain. */
export const MIN_SHEETS_TO_DROP_EXTREMES = 5;

/** A sheet's total, or null while it is incomplete (a criterion not scored yet and no total typed). */
export function sheetTotal(sheet: Pick<Sheet, 'scores' | 'total'>, criteriaCount: number): number | null {
  if (sheet.total !== null) return sheet.total;
  let sum = 0;
  for (let i = 0; i < criteriaCount; i++) {
    const score = sheet.scores[i];
    if (score === null || score === undefined) return null;
    sum += score;
  }
  return sum;
}

export interface Average {
  average: number;
  /** Indexes (into the totals given) of the highest and the lowest total left out, or null. */
  dropped: { highest: number; lowest: number } | null;
}

/** The average of the complete totals, leaving out one highest and one lowest when asked and there are enough. */
export function averageOf(totals: readonly number[], dropExtremes: boolean): Average | null {
  if (totals.length === 0) return null;
  const sum = totals.reduce((a, b) => a + b, 0);
  if (!dropExtremes || totals.length < MIN_SHEETS_TO_DROP_EXTREMES) {
    return { average: sum / totals.length, dropped: null };
  }
  let highest = 0;
  let lowest = 0;
  totals.forEach((t, i) => {
    if (t > totals[highest]!) highest = i;
    if (t < totals[lowest]!) lowest = i;
  });
  // Every total equal: both searches stopped at the first; leave out two different sheets all the same.
  if (highest === lowest) lowest = 1;
  return {
    average: (sum - totals[highest]! - totals[lowest]!) / (totals.length - 2),
    dropped: { highest, lowest },
  };
}

export function classify(average: number, thresholds: Thresholds): Classification {
  if (average >= thresholds.exemplary) return 'exemplary';
  if (average >= thresholds.recognised) return 'recognised';
  return 'not_recognised';
}

/** Competition ranking, highest value first: equal values share a rank and the next rank skips ("1, 2, 2, 4"). */
export function competitionRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const ranks = new Array<number>(values.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] =
      previous !== undefined && values[previous] === values[index] ? ranks[previous]! : position + 1;
  });
  return ranks;
}

export const memberTotalSchema = z.object({
  memberId: z.string(),
  /** null: no complete sheet from this member yet. */
  total: z.number().nullable(),
  /** Left out of the average as the highest or the lowest total. */
  dropped: z.boolean(),
});

export const modelResultSchema = z.object({
  modelId: z.string(),
  kind: z.enum(modelKinds),
  /** One per member of the round, in the round's order of members. */
  totals: z.array(memberTotalSchema),
  /** Complete sheets. */
  count: z.number(),
  average: z.number().nullable(),
  /** Among the round's models of the same kind (they are scored on different rubrics); null without an average. */
  rank: z.number().nullable(),
  classification: z.enum(classifications).nullable(),
});
export type ModelResult = z.infer<typeof modelResultSchema>;

export const roundResultsSchema = z.object({
  models: z.array(modelResultSchema),
  flags: z.object({
    /** Member × model pairs without a complete sheet. */
    missing: z.array(z.object({ modelId: z.string(), memberId: z.string() })),
    /** Totals `DISAGREEMENT_POINTS` or more away from the model's average. */
    disagreements: z.array(
      z.object({ modelId: z.string(), memberId: z.string(), total: z.number(), average: z.number() }),
    ),
  }),
  progress: z.object({ complete: z.number(), expected: z.number() }),
});
export type RoundResults = z.infer<typeof roundResultsSchema>;

export type ScoringRound = Pick<Round, 'id' | 'memberIds' | 'thresholds' | 'dropExtremes' | 'rubrics'>;

/**
 * Results of `round` for `models` (those still in it, in the order to show). Sheets of other rounds, members
 * or models are ignored, so the caller may pass every sheet of the year. One pass over the sheets, then one
 * over the cells: 300 models × 7 members is a few thousand steps.
 */
export function roundResults(
  round: ScoringRound,
  models: readonly { id: string; kind: ModelKind }[],
  sheets: readonly Sheet[],
): RoundResults {
  const memberIndex = new Map(round.memberIds.map((id, i) => [id, i]));
  const modelIndex = new Map(models.map((m, i) => [m.id, i]));
  const cells = models.map(() => round.memberIds.map((): number | null => null));
  for (const sheet of sheets) {
    const row = modelIndex.get(sheet.modelId);
    const column = memberIndex.get(sheet.memberId);
    if (sheet.roundId !== round.id || row === undefined || column === undefined) continue;
    const criteria = round.rubrics[models[row]!.kind].criteria.length;
    cells[row]![column] = sheetTotal(sheet, criteria);
  }

  const missing: RoundResults['flags']['missing'] = [];
  const disagreements: RoundResults['flags']['disagreements'] = [];
  let complete = 0;
  const results: ModelResult[] = models.map((model, row) => {
    const totals = cells[row]!;
    const scored: number[] = [];
    const scoredMembers: number[] = [];
    totals.forEach((total, column) => {
      if (total === null) {
        missing.push({ modelId: model.id, memberId: round.memberIds[column]! });
      } else {
        scored.push(total);
        scoredMembers.push(column);
      }
    });
    complete += scored.length;
    const result = averageOf(scored, round.dropExtremes);
    const droppedMembers = new Set(
      result?.dropped ? [scoredMembers[result.dropped.highest], scoredMembers[result.dropped.lowest]] : [],
    );
    if (result) {
      totals.forEach((total, column) => {
        if (total !== null && Math.abs(total - result.average) >= DISAGREEMENT_POINTS) {
          disagreements.push({
            modelId: model.id,
            memberId: round.memberIds[column]!,
            total,
            average: result.average,
          });
        }
      });
    }
    return {
      modelId: model.id,
      kind: model.kind,
      totals: totals.map((total, column) => ({
        memberId: round.memberIds[column]!,
        total,
        dropped: droppedMembers.has(column),
      })),
      count: scored.length,
      average: result?.average ?? null,
      rank: null,
      classification: result ? classify(result.average, round.thresholds) : null,
    };
  });

  for (const kind of modelKinds) {
    const ranked = results.filter((r) => r.kind === kind && r.average !== null);
    const ranks = competitionRanks(ranked.map((r) => r.average!));
    ranked.forEach((r, i) => (r.rank = ranks[i]!));
  }

  return {
    models: results,
    flags: { missing, disagreements },
    progress: { complete, expected: models.length * round.memberIds.length },
  };
}
