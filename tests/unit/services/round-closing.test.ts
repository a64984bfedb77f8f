import { describe, expect, it } from 'vitest';
import type { Model } from '../../../shared/domain/model';
import { ok, refused } from '../../helpers/backend';
import { scoreTotals, withRound, type EvaluationSetup } from '../../helpers/evaluation-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { storedYear } from '../../helpers/stored-data';

describe('finalising and reopening a round', () => {
  const tempDir = useTempDirs();

  async function modelOf(setup: EvaluationSetup, i: number): Promise<Model> {
    return (await ok(setup.backend, 'models.get', { year: 2023, id: setup.models[i]!.id })).model;
  }

  /** Three models scored 92,5 / 80 / 50 on average by two members. */
  async function scored(): Promise<EvaluationSetup> {
    const setup = await withRound(await tempDir(), { members: 2, models: [{}, {}, {}] });
    const [a, b, c] = setup.models.map((m) => m.id) as [string, string, string];
    await scoreTotals(setup.backend, setup, a, [95, 90]);
    await scoreTotals(setup.backend, setup, b, [80, 80]);
    await scoreTotals(setup.backend, setup, c, [40, 60]);
    return setup;
  }

  it('refuses while a model has no complete sheet, saying how many', async () => {
    const setup = await withRound(await tempDir(), { members: 2, models: [{}, {}, {}] });
    await scoreTotals(setup.backend, setup, setup.models[0]!.id, [80]);
    const error = await refused(setup.backend, 'rounds.finalise', {
      year: 2023,
      roundId: setup.round.id,
      note: '',
    });
    expect(error).toEqual({
      code: 'CONFLICT',
      message: 'Chưa chốt được kết quả: 2 mô hình chưa có phiếu chấm điểm nào được chấm đủ.',
    });
    expect((await modelOf(setup, 0)).status).toBe('registered');
    await setup.backend.close();
  });

  it('locks the round and gives each model its result with a history entry, in one write', async () => {
    const setup = await scored();
    const { backend, round } = setup;
    const ref = { year: 2023, roundId: round.id };
    const finalised = await ok(backend, 'rounds.finalise', {
      ...ref,
      note: 'Họp Ban Chỉ đạo ngày 20/12',
    });
    expect(finalised.status).toBe('finalised');
    expect(finalised.history).toEqual([
      { at: expect.any(String), action: 'finalise', note: 'Họp Ban Chỉ đạo ngày 20/12', by: 'chuyenvien' },
    ]);
    const [a, b, c] = [await modelOf(setup, 0), await modelOf(setup, 1), await modelOf(setup, 2)];
    expect([a.status, b.status, c.status]).toEqual(['exemplary', 'recognised', 'not_recognised']);
    expect(a.history.at(-1)).toMatchObject({
      from: 'registered',
      to: 'exemplary',
      note: 'Kết quả đợt đánh giá “Tổng kết năm 2023”: 92,50 điểm',
      by: 'chuyenvien',
    });
    const file = (await storedYear(setup.dataDir, 2023))!;
    expect(file.rounds[0]!.status).toBe('finalised');
    expect(file.models.map((m: Model) => m.status)).toEqual(['exemplary', 'recognised', 'not_recognised']);

    // Locked: no score, no setting, no deletion, no second finalise.
    const cell = { ...ref, memberId: setup.memberIds[0], modelId: setup.models[0]!.id };
    const locked = await refused(backend, 'sheets.setScore', { ...cell, criterionIndex: 0, value: 10 });
    expect(locked).toMatchObject({ code: 'CONFLICT' });
    expect(locked.message).toBe(
      'Đợt đánh giá “Tổng kết năm 2023” đã chốt kết quả nên không sửa được. Hãy mở lại đợt nếu cần sửa.',
    );
    expect((await refused(backend, 'sheets.setTotal', { ...cell, value: 10 })).code).toBe('CONFLICT');
    expect((await refused(backend, 'rounds.delete', ref)).code).toBe('CONFLICT');
    expect((await refused(backend, 'rounds.finalise', { ...ref, note: '' })).code).toBe('CONFLICT');
    const {
      id: _id,
      year: _y,
      status: _s,
      history: _h,
      applied: _a,
      createdAt: _c,
      updatedAt: _u,
      updatedBy: _ub,
      rubrics: _r,
      ...form
    } = finalised;
    expect((await refused(backend, 'rounds.update', { ...ref, ...form, name: 'Đổi tên' })).code).toBe(
      'CONFLICT',
    );
    await backend.close();
  });

  it('goes through "Đang thực hiện" for a model already evaluated in an earlier round', async () => {
    const setup = await scored();
    const { backend } = setup;
    await ok(backend, 'models.changeStatus', {
      ref: { year: 2023, id: setup.models[0]!.id },
      to: 'not_recognised',
      note: 'Sơ kết 6 tháng',
    });
    await ok(backend, 'rounds.finalise', { year: 2023, roundId: setup.round.id, note: '' });
    const a = await modelOf(setup, 0);
    expect(a.status).toBe('exemplary');
    expect(a.history.slice(-2).map((h) => [h.from, h.to, h.note])).toEqual([
      ['not_recognised', 'in_progress', 'Đánh giá lại trong đợt đánh giá “Tổng kết năm 2023”'],
      ['in_progress', 'exemplary', 'Kết quả đợt đánh giá “Tổng kết năm 2023”: 92,50 điểm'],
    ]);
    await backend.close();
  });

  it('refuses, changing nothing, when a model of the round was stopped meanwhile', async () => {
    const setup = await scored();
    const { backend } = setup;
    await ok(backend, 'models.changeStatus', {
      ref: { year: 2023, id: setup.models[2]!.id },
      to: 'stopped',
      note: '',
    });
    const before = await storedYear(setup.dataDir, 2023);
    const error = await refused(backend, 'rounds.finalise', {
      year: 2023,
      roundId: setup.round.id,
      note: '',
    });
    expect(error.message).toMatch(/“Mô hình số 3” đang “Dừng thực hiện”/);
    expect(await storedYear(setup.dataDir, 2023)).toEqual(before);
    await backend.close();
  });

  it('reopens explicitly: recorded in the round, models it changed back to "Đang thực hiện"', async () => {
    const setup = await scored();
    const { backend, round } = setup;
    const ref = { year: 2023, roundId: round.id };
    expect(await refused(backend, 'rounds.reopen', { ...ref, note: '' })).toEqual({
      code: 'CONFLICT',
      message: 'Đợt đánh giá “Tổng kết năm 2023” đang mở, chưa chốt kết quả.',
    });
    await ok(backend, 'rounds.finalise', { ...ref, note: '' });
    // Changed by hand after the round: that later decision stays.
    await ok(backend, 'models.changeStatus', {
      ref: { year: 2023, id: setup.models[1]!.id },
      to: 'exemplary',
      note: '',
    });
    const reopened = await ok(backend, 'rounds.reopen', { ...ref, note: 'Sửa điểm thành viên B' });
    expect(reopened.status).toBe('open');
    expect(reopened.applied).toEqual([]);
    expect(reopened.history.map((h) => [h.action, h.note])).toEqual([
      ['finalise', ''],
      ['reopen', 'Sửa điểm thành viên B'],
    ]);
    const [a, b, c] = [await modelOf(setup, 0), await modelOf(setup, 1), await modelOf(setup, 2)];
    expect([a.status, b.status, c.status]).toEqual(['in_progress', 'exemplary', 'in_progress']);
    expect(a.history.at(-1)).toMatchObject({
      from: 'exemplary',
      to: 'in_progress',
      note: 'Mở lại đợt đánh giá “Tổng kết năm 2023”: Sửa điểm thành viên B',
    });
    // Open again: scores can be corrected, and a second finalise applies the new results.
    await scoreTotals(backend, setup, setup.models[2]!.id, [70, 72]);
    await ok(backend, 'rounds.finalise', { ...ref, note: '' });
    expect((await modelOf(setup, 2)).status).toBe('recognised');
    await backend.close();
  });
});
