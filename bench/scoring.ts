import { defaultThresholds } from '../shared/domain/round';
import { defaultRubrics } from '../shared/domain/rubric';
import { roundResults, type ScoringRound } from '../shared/domain/scoring';
import type { Sheet } from '../shared/domain/sheet';
import { median } from './measure';

/**
 * Median ms to compute a district's year-end round: 300 models × 7 members, every sheet scored per criterion
 * (the target is well under 50 ms), beside the floor of one loop adding up every score. Pure
 * computation: the results screen and the finalise run the same function.
 */
export async function benchScoring(models = 300, members = 7): Promise<{ ms: number; floorMs: number }> {
  const at = new Date().toISOString();
  const round: ScoringRound = {
    id: 'round',
    memberIds: Array.from({ length: members }, (_, i) => `member-${i}`),
    thresholds: defaultThresholds,
    dropExtremes: true,
    rubrics: { collective: defaultRubrics[0]!, individual: defaultRubrics[1]! },
  };
  const scored = Array.from({ length: models }, (_, i) => ({
    id: `model-${i}`,
    kind: i % 12 === 0 ? ('individual' as const) : ('collective' as const),
  }));
  const sheets: Sheet[] = scored.flatMap((model, i) =>
    round.memberIds.map((memberId, j) => ({
      id: `${model.id}/${memberId}`,
      createdAt: at,
      updatedAt: at,
      roundId: round.id,
      memberId,
      modelId: model.id,
      scores: round.rubrics[model.kind].criteria.map((c) => Math.max(0, c.maxPoints - ((i + j) % 7) / 2)),
      total: null,
    })),
  );
  const ms = await median(21, () => roundResults(round, scored, sheets));
  const floorMs = await median(21, () => {
    let sum = 0;
    for (const sheet of sheets) for (const score of sheet.scores) sum += score ?? 0;
    return sum;
  });
  return { ms, floorMs };
}
