import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelKind } from '../../../shared/domain/model';
import { pointsProblem } from '../../../shared/domain/points';
import { defaultThresholds, type Thresholds } from '../../../shared/domain/round';
import { defaultRubrics } from '../../../shared/domain/rubric';
import {
  DISAGREEMENT_POINTS,
  averageOf,
  classifications,
  classify,
  competitionRanks,
  roundResults,
  sheetTotal,
  type ScoringRound,
} from '../../../shared/domain/scoring';
import type { Sheet } from '../../../shared/domain/sheet';

/** Points as committees give them: 0 to 100 in half steps. */
const points = fc.integer({ min: 0, max: 200 }).map((n) => n / 2);
const totals = fc.array(points, { minLength: 1, maxLength: 12 });

describe('averageOf', () => {
  it('lies between the lowest and the highest total, dropping or not', () => {
    fc.assert(
      fc.property(totals, fc.boolean(), (values, drop) => {
        const { average } = averageOf(values, drop)!;
        expect(average).toBeGreaterThanOrEqual(Math.min(...values));
        expect(average).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('is the plain mean when not asked to drop, or with fewer than 5 totals', () => {
    fc.assert(
      fc.property(totals, fc.boolean(), (values, drop) => {
        fc.pre(!drop || values.length < 5);
        const result = averageOf(values, drop)!;
        expect(result.dropped).toBeNull();
        expect(result.average).toBe(values.reduce((a, b) => a + b, 0) / values.length);
      }),
    );
  });

  it('with 5 or more totals, leaves out exactly one highest and one lowest', () => {
    fc.assert(
      fc.property(fc.array(points, { minLength: 5, maxLength: 12 }), (values) => {
        const result = averageOf(values, true)!;
        const { highest, lowest } = result.dropped!;
        expect(highest).not.toBe(lowest);
        expect(values[highest]).toBe(Math.max(...values));
        expect(values[lowest]).toBe(Math.min(...values));
        const kept = values.filter((_, i) => i !== highest && i !== lowest);
        expect(kept).toHaveLength(values.length - 2);
        expect(result.average).toBe(kept.reduce((a, b) => a + b, 0) / kept.length);
      }),
    );
  });

  it('has nothing to average without a total', () => {
    expect(averageOf([], true)).toBeNull();
  });
});

describe('classify', () => {
  it('is exactly at the thresholds: 90 exemplary, 89,5 recognised, 70 recognised, 69,5 not', () => {
    expect(classify(90, defaultThresholds)).toBe('exemplary');
    expect(classify(89.5, defaultThresholds)).toBe('recognised');
    expect(classify(70, defaultThresholds)).toBe('recognised');
    expect(classify(69.5, defaultThresholds)).toBe('not_recognised');
    expect(classify(100, defaultThresholds)).toBe('exemplary');
    expect(classify(0, defaultThresholds)).toBe('not_recognised');
  });

  it('never gives a lower result to a higher average, whatever the thresholds', () => {
    const thresholds = fc
      .tuple(points, points)
      .filter(([a, b]) => a !== b)
      .map(([a, b]): Thresholds => ({ exemplary: Math.max(a, b), recognised: Math.min(a, b) }));
    const level = (average: number, t: Thresholds) => -classifications.indexOf(classify(average, t));
    fc.assert(
      fc.property(thresholds, points, points, (t, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(level(low, t)).toBeLessThanOrEqual(level(high, t));
        expect(classify(t.exemplary, t)).toBe('exemplary');
        expect(classify(t.recognised, t)).toBe('recognised');
      }),
    );
  });
});

describe('points', () => {
  it('accepts every half point from 0 to the maximum and refuses quarters, negatives and more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), (max2, k) => {
        const max = max2 / 2;
        fc.pre(k <= max2);
        expect(pointsProblem(k / 2, max, 'Tiêu chí 1')).toBeNull();
        expect(pointsProblem(k / 2 + 0.25, max + 1, 'Tiêu chí 1')).toMatch(/bước 0,5/);
      }),
    );
    expect(pointsProblem(17.5, 20, 'Tiêu chí 1')).toBeNull();
    expect(pointsProblem(0.25, 20, 'Tiêu chí 1')).toBe(
      'Tiêu chí 1 (tối đa 20 điểm): điểm chấm theo bước 0,5 (ví dụ 17 hoặc 17,5).',
    );
    expect(pointsProblem(-0.5, 20, 'Tiêu chí 1')).toBe('Tiêu chí 1 (tối đa 20 điểm): điểm không được âm.');
    expect(pointsProblem(15.5, 15, 'Tiêu chí 2')).toBe(
      'Tiêu chí 2 (tối đa 15 điểm): điểm không được lớn hơn 15.',
    );
  });
});

describe('competitionRanks', () => {
  it('ranks 1 the best and lets ties share a rank: "1, 2, 2, 4"', () => {
    expect(competitionRanks([95, 80, 80, 70])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([70, 80, 95, 80])).toEqual([4, 2, 1, 2]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('gives each value one more than the number of values above it', () => {
    fc.assert(
      fc.property(fc.array(points, { maxLength: 40 }), (values) => {
        const ranks = competitionRanks(values);
        values.forEach((v, i) => expect(ranks[i]).toBe(1 + values.filter((w) => w > v).length));
      }),
    );
  });
});

describe('sheetTotal', () => {
  it('sums the criteria once all are scored, prefers a total typed alone, and is null while incomplete', () => {
    expect(sheetTotal({ scores: [20, 15, 17.5, 25, 10], total: null }, 5)).toBe(87.5);
    expect(sheetTotal({ scores: [20, 15, null, 25, 10], total: null }, 5)).toBeNull();
    expect(sheetTotal({ scores: [20, 15], total: null }, 5)).toBeNull();
    expect(sheetTotal({ scores: [null, null, null, null, null], total: 72.5 }, 5)).toBe(72.5);
    expect(sheetTotal({ scores: [1, 1, 1, 1, 1], total: 72.5 }, 5)).toBe(72.5);
  });
});

describe('roundResults', () => {
  const rubrics = { collective: defaultRubrics[0]!, individual: defaultRubrics[1]! };
  const memberIds = Array.from({ length: 9 }, (_, i) => `member-${i}`);

  function round(members: number, dropExtremes = false): ScoringRound {
    return {
      id: 'round',
      memberIds: memberIds.slice(0, members),
      thresholds: defaultThresholds,
      dropExtremes,
      rubrics,
    };
  }

  function totalSheet(roundId: string, memberId: string, modelId: string, total: number | null): Sheet {
    const at = '2023-12-20T08:00:00.000Z';
    return {
      id: `${memberId}/${modelId}`,
      createdAt: at,
      updatedAt: at,
      roundId,
      memberId,
      modelId,
      scores: [],
      total,
    };
  }

  /** A round of random size with each member × model sheet either complete, missing or incomplete. */
  const scenario = fc
    .record({
      members: fc.integer({ min: 1, max: 9 }),
      kinds: fc.array(fc.constantFrom<ModelKind>('collective', 'individual'), {
        minLength: 1,
        maxLength: 12,
      }),
      dropExtremes: fc.boolean(),
    })
    .chain(({ members, kinds, dropExtremes }) =>
      fc.record({
        members: fc.constant(members),
        kinds: fc.constant(kinds),
        dropExtremes: fc.constant(dropExtremes),
        cells: fc.array(fc.option(points, { nil: null }), {
          minLength: members * kinds.length,
          maxLength: members * kinds.length,
        }),
      }),
    );

  it('counts, averages and flags each model from its complete sheets only', () => {
    fc.assert(
      fc.property(scenario, ({ members, kinds, dropExtremes, cells }) => {
        const r = round(members, dropExtremes);
        const models = kinds.map((kind, i) => ({ id: `model-${i}`, kind }));
        const sheets = models.flatMap((m, row) =>
          r.memberIds.map((memberId, column) =>
            totalSheet('round', memberId, m.id, cells[row * members + column]!),
          ),
        );
        // Sheets of another round never count.
        sheets.push(totalSheet('other', r.memberIds[0]!, models[0]!.id, 100));
        const results = roundResults(r, models, sheets);

        const complete = cells.filter((c) => c !== null).length;
        expect(results.progress).toEqual({ complete, expected: members * kinds.length });
        expect(results.flags.missing).toHaveLength(members * kinds.length - complete);
        results.models.forEach((result, row) => {
          const given = cells.slice(row * members, (row + 1) * members);
          const scored = given.filter((c): c is number => c !== null);
          expect(result.totals.map((t) => t.total)).toEqual(given);
          expect(result.count).toBe(scored.length);
          expect(result.average).toBe(averageOf(scored, dropExtremes)?.average ?? null);
          expect(result.classification).toBe(
            result.average === null ? null : classify(result.average, defaultThresholds),
          );
          expect(result.totals.filter((t) => t.dropped)).toHaveLength(
            dropExtremes && scored.length >= 5 ? 2 : 0,
          );
          const far = result.totals.filter(
            (t) => t.total !== null && Math.abs(t.total - result.average!) >= DISAGREEMENT_POINTS,
          );
          expect(results.flags.disagreements.filter((d) => d.modelId === result.modelId)).toHaveLength(
            far.length,
          );
        });
      }),
    );
  });

  it('ranks models among those of the same kind', () => {
    const r = round(1);
    const models = [
      { id: 'a', kind: 'collective' as const },
      { id: 'b', kind: 'individual' as const },
      { id: 'c', kind: 'collective' as const },
      { id: 'd', kind: 'collective' as const },
      { id: 'e', kind: 'collective' as const },
    ];
    const sheets = [80, 60, 95, 80, null].map((total, i) =>
      totalSheet('round', r.memberIds[0]!, models[i]!.id, total),
    );
    const ranks = roundResults(r, models, sheets).models.map((m) => [m.modelId, m.rank]);
    expect(ranks).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 1],
      ['d', 2],
      ['e', null],
    ]);
  });

  it('flags a total 20 points or more from the average, and the members who have not scored', () => {
    const r = round(3);
    const model = { id: 'm', kind: 'collective' as const };
    const [a, b, c] = r.memberIds as [string, string, string];
    // Totals 90 and 60: the average is 75, each 15 away. With 95, 95 and 50: 80, and 50 is 30 away.
    expect(
      roundResults(r, [model], [totalSheet('round', a, 'm', 90), totalSheet('round', b, 'm', 60)]).flags,
    ).toEqual({ missing: [{ modelId: 'm', memberId: c }], disagreements: [] });
    const flags = roundResults(
      r,
      [model],
      [totalSheet('round', a, 'm', 95), totalSheet('round', b, 'm', 95), totalSheet('round', c, 'm', 50)],
    ).flags;
    expect(flags).toEqual({
      missing: [],
      disagreements: [{ modelId: 'm', memberId: c, total: 50, average: 80 }],
    });
  });

  it("reads criteria scores against the rubric of the model's kind, and a model with no complete sheet has no result", () => {
    const r = round(2);
    const models = [
      { id: 'group', kind: 'collective' as const },
      { id: 'person', kind: 'individual' as const },
    ];
    const [a, b] = r.memberIds as [string, string];
    const scored = (memberId: string, modelId: string, scores: (number | null)[]): Sheet => ({
      ...totalSheet('round', memberId, modelId, null),
      scores,
    });
    const results = roundResults(r, models, [
      scored(a, 'group', [20, 15, 20, 25, 20]),
      scored(b, 'group', [18, 12.5, 17, 20, 16]),
      scored(a, 'person', [20, 20, 20, 25, null]),
    ]);
    expect(results.models[0]).toMatchObject({
      count: 2,
      average: 91.75,
      rank: 1,
      classification: 'exemplary',
    });
    expect(results.models[1]).toMatchObject({ count: 0, average: null, rank: null, classification: null });
  });
});
