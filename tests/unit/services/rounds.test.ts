import { describe, expect, it } from 'vitest';
import type { Model } from '../../../shared/domain/model';
import type { Round } from '../../../shared/domain/round';
import { defaultRubrics } from '../../../shared/domain/rubric';
import { ok, refused } from '../../helpers/backend';
import { scoreTotals, withRound } from '../../helpers/evaluation-fixtures';
import { modelForm, register } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { storedYear } from '../../helpers/stored-data';

describe('rounds', () => {
  const tempDir = useTempDirs();

  it('creates a round in the year file with copies of both rubrics and the default thresholds', async () => {
    const { dataDir, backend, round, memberIds, models } = await withRound(await tempDir());
    expect(round).toMatchObject({
      year: 2023,
      name: 'Tổng kết năm 2023',
      date: '2023-12-20',
      memberIds,
      modelIds: [models[0]!.id],
      thresholds: { exemplary: 90, recognised: 70 },
      dropExtremes: false,
      rubrics: { collective: defaultRubrics[0], individual: defaultRubrics[1] },
      status: 'open',
      history: [],
    });
    const file = (await storedYear(dataDir, 2023))!;
    expect(file.rounds.map((r: Round) => r.id)).toEqual([round.id]);
    await backend.close();
  });

  it('"all models of the year" takes the registered and in-progress ones, not the trashed, stopped or evaluated', async () => {
    const { backend, ids, memberIds, models } = await withRound(await tempDir(), {
      models: [{}, {}, {}, {}, {}],
    });
    const [registered, inProgress, stopped, trashed, evaluated] = models as [
      Model,
      Model,
      Model,
      Model,
      Model,
    ];
    const ref = (m: Model) => ({ year: 2023, id: m.id });
    await ok(backend, 'models.changeStatus', { ref: ref(inProgress), to: 'in_progress', note: '' });
    await ok(backend, 'models.changeStatus', { ref: ref(stopped), to: 'stopped', note: '' });
    await ok(backend, 'models.changeStatus', { ref: ref(evaluated), to: 'recognised', note: '' });
    await ok(backend, 'models.trash', ref(trashed));
    await register(backend, ids, { year: 2024, startDate: null, endDate: null });
    const round = await ok(backend, 'rounds.create', {
      year: 2023,
      name: 'Sơ kết 6 tháng',
      date: '2023-06-30',
      memberIds,
      allOfYear: true,
    });
    expect(round.modelIds).toEqual([registered.id, inProgress.id]);
    await backend.close();
  });

  it('refuses unknown members, models of another year, stopped models and a name used twice in the year', async () => {
    const { backend, ids, memberIds, models } = await withRound(await tempDir(), { models: [{}, {}] });
    const other = await register(backend, ids, { year: 2024, startDate: null, endDate: null });
    await ok(backend, 'models.changeStatus', {
      ref: { year: 2023, id: models[1]!.id },
      to: 'stopped',
      note: '',
    });
    const error = await refused(backend, 'rounds.create', {
      year: 2023,
      name: 'tổng kết NĂM 2023',
      date: '2023-12-21',
      memberIds: [...memberIds, crypto.randomUUID()],
      modelIds: [models[0]!.id, models[1]!.id, other.id],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['name'], message: 'Năm 2023 đã có đợt đánh giá “Tổng kết năm 2023”.' },
      { path: ['memberIds'], message: 'Thành viên chấm điểm: có 1 thành viên không có trong danh mục.' },
      {
        path: ['modelIds'],
        message: 'Mô hình được đánh giá: có 1 mô hình không thuộc năm 2023 hoặc đã ở Thùng rác.',
      },
      { path: ['modelIds'], message: 'Mô hình được đánh giá: “Mô hình số 2” đã “Dừng thực hiện”.' },
    ]);
    await backend.close();
  });

  it('updates name, date, members, thresholds, dropping and models while open', async () => {
    const { backend, round, memberIds, models } = await withRound(await tempDir(), { models: [{}, {}] });
    const updated = await ok(backend, 'rounds.update', {
      year: 2023,
      roundId: round.id,
      name: 'Tổng kết năm 2023 (lần 2)',
      date: '2024-01-10',
      memberIds: memberIds.slice(0, 2),
      thresholds: { exemplary: 85, recognised: 65.5 },
      dropExtremes: true,
      modelIds: [models[1]!.id],
    });
    expect(updated).toMatchObject({
      name: 'Tổng kết năm 2023 (lần 2)',
      date: '2024-01-10',
      memberIds: memberIds.slice(0, 2),
      thresholds: { exemplary: 85, recognised: 65.5 },
      dropExtremes: true,
      modelIds: [models[1]!.id],
      rubrics: round.rubrics,
    });
    const bad = await refused(backend, 'rounds.update', {
      year: 2023,
      roundId: round.id,
      name: 'X',
      date: '2024-01-10',
      memberIds,
      thresholds: { exemplary: 60, recognised: 65.5 },
      dropExtremes: true,
      modelIds: [models[1]!.id],
    });
    expect(bad.issues).toEqual([
      { path: ['thresholds', 'exemplary'], message: 'Ngưỡng “Tiêu biểu” phải cao hơn ngưỡng “Công nhận”.' },
    ]);
    await backend.close();
  });

  it('lists the rounds of a year with their progress, newest first', async () => {
    const setup = await withRound(await tempDir(), { models: [{}, {}] });
    const { backend, memberIds, models } = setup;
    await ok(backend, 'rounds.create', {
      year: 2023,
      name: 'Sơ kết 6 tháng',
      date: '2023-06-30',
      memberIds,
      modelIds: [models[0]!.id],
    });
    await scoreTotals(backend, setup, models[0]!.id, [80, 85]);
    const list = await ok(backend, 'rounds.list', {
      year: 2023,
    });
    expect(list.map((r) => [r.name, r.progress])).toEqual([
      ['Tổng kết năm 2023', { complete: 2, expected: 6 }],
      ['Sơ kết 6 tháng', { complete: 0, expected: 3 }],
    ]);
    expect(await ok(backend, 'rounds.list', { year: 2030 })).toEqual([]);
    await backend.close();
  });

  it('deletes an open round without scores, and refuses once a sheet holds a score', async () => {
    const setup = await withRound(await tempDir());
    const { backend, round, models } = setup;
    const ref = { year: 2023, roundId: round.id };
    await scoreTotals(backend, setup, models[0]!.id, [80]);
    const error = await refused(backend, 'rounds.delete', ref);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toMatch(/đã có 1 phiếu chấm điểm/);
    await ok(backend, 'sheets.setTotal', {
      ...ref,
      memberId: setup.memberIds[0]!,
      modelId: models[0]!.id,
      value: null,
    });
    expect(await ok(backend, 'rounds.delete', ref)).toEqual({ deleted: true });
    expect(await ok(backend, 'rounds.list', { year: 2023 })).toEqual([]);
    expect((await refused(backend, 'rounds.get', ref)).code).toBe('NOT_FOUND');
    expect((await refused(backend, 'sheets.list', ref)).code).toBe('NOT_FOUND');
    await backend.close();
  });

  it('keeps a committee member used by a round from being deleted', async () => {
    const { backend, memberIds, round } = await withRound(await tempDir());
    const error = await refused(backend, 'catalogues.remove', { kind: 'members', id: memberIds[0] });
    expect(error.code).toBe('CONFLICT');
    await ok(backend, 'rounds.delete', { year: 2023, roundId: round.id });
    await ok(backend, 'catalogues.remove', { kind: 'members', id: memberIds[0]! });
    await backend.close();
  });

  it('keeps a model in a round from changing kind or year, or being destroyed', async () => {
    const { backend, ids, models } = await withRound(await tempDir());
    const ref = { year: 2023, id: models[0]!.id };
    const individual = modelForm(ids, {
      title: 'Mô hình số 1',
      kind: 'individual',
      personName: 'Nguyễn Văn A',
      personPosition: 'Trưởng thôn',
    });
    const kind = await refused(backend, 'models.update', { ref, form: individual });
    expect(kind.message).toBe(
      'Không thể đổi năm hoặc hình thức (tập thể/cá nhân) của mô hình: mô hình thuộc đợt đánh giá “Tổng kết năm 2023”. Hãy bỏ mô hình khỏi đợt đó trước.',
    );
    expect(
      (
        await refused(backend, 'models.update', {
          ref,
          form: modelForm(ids, { year: 2024, startDate: null, endDate: null }),
        })
      ).code,
    ).toBe('CONFLICT');
    await ok(backend, 'models.update', { ref, form: modelForm(ids, { title: 'Tên mới' }) });
    await ok(backend, 'models.trash', ref);
    expect((await refused(backend, 'models.destroy', ref)).code).toBe('CONFLICT');
    await backend.close();
  });
});
