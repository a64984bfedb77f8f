import { describe, expect, it } from 'vitest';
import type { RoundResults } from '../../../shared/domain/scoring';
import { ok, refused } from '../../helpers/backend';
import { scoreSheet, scoreTotals, withRound } from '../../helpers/evaluation-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { storedYear } from '../../helpers/stored-data';

describe('sheets', () => {
  const tempDir = useTempDirs();

  it('saves each cell to disk as it is typed, one sheet per member and model', async () => {
    const { dataDir, backend, round, memberIds, models } = await withRound(await tempDir());
    const at = { year: 2023, roundId: round.id, memberId: memberIds[0]!, modelId: models[0]!.id };
    const first = await ok(backend, 'sheets.setScore', { ...at, criterionIndex: 1, value: 12.5 });
    expect(first).toMatchObject({ scores: [null, 12.5, null, null, null], total: null });
    const file = (await storedYear(dataDir, 2023))!;
    expect(file.sheets).toEqual([first]);
    const second = await ok(backend, 'sheets.setScore', { ...at, criterionIndex: 0, value: 20 });
    expect(second.id).toBe(first.id);
    expect(second.scores).toEqual([20, 12.5, null, null, null]);
    const cleared = await ok(backend, 'sheets.setScore', { ...at, criterionIndex: 1, value: null });
    expect(cleared.scores).toEqual([20, null, null, null, null]);
    expect(await ok(backend, 'sheets.list', { year: 2023, roundId: round.id })).toEqual([cleared]);
    await backend.close();
  });

  it('refuses a score out of range or not in half points, naming the criterion and its maximum', async () => {
    const { backend, round, memberIds, models } = await withRound(await tempDir());
    const at = { year: 2023, roundId: round.id, memberId: memberIds[0]!, modelId: models[0]!.id };
    const criterion = 'Tiêu chí 2 “Cách làm sáng tạo, tiết kiệm thời gian, chi phí” (tối đa 15 điểm)';
    const refusal = async (value: number) =>
      (await refused(backend, 'sheets.setScore', { ...at, criterionIndex: 1, value })).issues;
    expect(await refusal(15.5)).toEqual([
      { path: ['value'], message: `${criterion}: điểm không được lớn hơn 15.` },
    ]);
    expect(await refusal(-1)).toEqual([{ path: ['value'], message: `${criterion}: điểm không được âm.` }]);
    expect(await refusal(7.25)).toEqual([
      { path: ['value'], message: `${criterion}: điểm chấm theo bước 0,5 (ví dụ 17 hoặc 17,5).` },
    ]);
    await ok(backend, 'sheets.setScore', { ...at, criterionIndex: 1, value: 7.5 });
    await ok(backend, 'sheets.setScore', { ...at, criterionIndex: 1, value: 15 });
    await ok(backend, 'sheets.setScore', { ...at, criterionIndex: 1, value: 0 });
    const beyond = await refused(backend, 'sheets.setScore', { ...at, criterionIndex: 5, value: 1 });
    expect(beyond.message).toMatch(/chỉ có 5 tiêu chí, không có tiêu chí 6/);
    await backend.close();
  });

  it('scores an individual model on the individual rubric', async () => {
    const { backend, round, memberIds, models } = await withRound(await tempDir(), {
      models: [{ kind: 'individual', personName: 'Nguyễn Văn A', personPosition: 'Trưởng thôn' }],
    });
    const at = { year: 2023, roundId: round.id, memberId: memberIds[0]!, modelId: models[0]!.id };
    // Criterion 5 is worth 15 for an individual (20 for a collective).
    const error = await refused(backend, 'sheets.setScore', { ...at, criterionIndex: 4, value: 16 });
    expect(error.issues?.[0]?.message).toMatch(/^Tiêu chí 5 “Hoàn thành tốt nhiệm vụ.*\(tối đa 15 điểm\)/);
    await backend.close();
  });

  it('takes a total alone for a paper sheet that has only a total, from 0 to the rubric total', async () => {
    const { backend, round, memberIds, models } = await withRound(await tempDir());
    const at = { year: 2023, roundId: round.id, memberId: memberIds[0]!, modelId: models[0]!.id };
    await ok(backend, 'sheets.setScore', { ...at, criterionIndex: 0, value: 18 });
    const sheet = await ok(backend, 'sheets.setTotal', { ...at, value: 87.5 });
    expect(sheet).toMatchObject({ total: 87.5, scores: [18, null, null, null, null] });
    const results = await ok(backend, 'rounds.results', { year: 2023, roundId: round.id });
    expect(results.models[0]!.totals[0]).toEqual({ memberId: memberIds[0], total: 87.5, dropped: false });
    const error = await refused(backend, 'sheets.setTotal', { ...at, value: 100.5 });
    expect(error.issues).toEqual([
      { path: ['value'], message: 'Tổng điểm (tối đa 100 điểm): điểm không được lớn hơn 100.' },
    ]);
    // Clearing the total brings back the criteria typed before, nothing lost.
    expect(await ok(backend, 'sheets.setTotal', { ...at, value: null })).toMatchObject({
      total: null,
      scores: [18, null, null, null, null],
    });
    await backend.close();
  });

  it('refuses a member or a model that is not in the round', async () => {
    const { backend, round, memberIds, models } = await withRound(await tempDir());
    const at = { year: 2023, roundId: round.id, memberId: memberIds[0]!, modelId: models[0]!.id };
    const stranger = crypto.randomUUID();
    expect((await refused(backend, 'sheets.setTotal', { ...at, memberId: stranger, value: 80 })).code).toBe(
      'NOT_FOUND',
    );
    expect((await refused(backend, 'sheets.setTotal', { ...at, modelId: stranger, value: 80 })).code).toBe(
      'NOT_FOUND',
    );
    expect((await refused(backend, 'sheets.setTotal', { ...at, roundId: stranger, value: 80 })).code).toBe(
      'NOT_FOUND',
    );
    await backend.close();
  });

  it('gives the whole results table: totals, average, rank, classification, flags and progress', async () => {
    const setup = await withRound(await tempDir(), {
      members: 5,
      models: [{}, {}, {}],
      round: { dropExtremes: true },
    });
    const { backend, round, memberIds, models } = setup;
    const [a, b, c] = models.map((m) => m.id) as [string, string, string];
    await scoreTotals(backend, setup, a, [95, 90, 88, 92, 60]);
    await scoreTotals(backend, setup, b, [75, 70, 72]);
    await scoreSheet(
      backend,
      { roundId: round.id, memberId: memberIds[0]!, modelId: c },
      [20, 15, 20, 25, 20],
    );
    const results = await ok(backend, 'rounds.results', { year: 2023, roundId: round.id });

    const [ra, rb, rc] = results.models as [
      RoundResults['models'][0],
      RoundResults['models'][0],
      RoundResults['models'][0],
    ];
    // Five sheets: 95 and 60 are left out, (90 + 88 + 92) / 3 = 90.
    expect(ra).toMatchObject({ count: 5, average: 90, classification: 'exemplary', rank: 2 });
    expect(ra.totals.filter((t) => t.dropped).map((t) => t.total)).toEqual([95, 60]);
    // Three sheets: nothing is dropped.
    expect(rb).toMatchObject({ count: 3, average: 72.33333333333333, classification: 'recognised', rank: 3 });
    expect(rc).toMatchObject({ count: 1, average: 100, classification: 'exemplary', rank: 1 });
    expect(results.progress).toEqual({ complete: 9, expected: 15 });
    expect(results.flags.missing).toHaveLength(6);
    expect(results.flags.disagreements).toEqual([
      { modelId: a, memberId: memberIds[4], total: 60, average: 90 },
    ]);
    await backend.close();
  });

  it('leaves a model moved to the trash out of the results, and brings it back when restored', async () => {
    const setup = await withRound(await tempDir(), { models: [{}, {}] });
    const { backend, round, models } = setup;
    await scoreTotals(backend, setup, models[1]!.id, [80]);
    const ref = { year: 2023, id: models[1]!.id };
    const results = () => ok(backend, 'rounds.results', { year: 2023, roundId: round.id });
    await ok(backend, 'models.trash', ref);
    expect((await results()).models.map((m) => m.modelId)).toEqual([models[0]!.id]);
    await ok(backend, 'models.restore', ref);
    expect((await results()).models[1]).toMatchObject({ modelId: models[1]!.id, count: 1, average: 80 });
    await backend.close();
  });
});
