import { describe, expect, it } from 'vitest';
import { ok, refused } from '../../helpers/backend';
import { scoreTotals, withRound, type EvaluationSetup } from '../../helpers/evaluation-fixtures';
import { storedYear } from '../../helpers/stored-data';
import { useTempDirs } from '../../helpers/temp-dir';

describe('commendations', () => {
  const tempDir = useTempDirs();

  /** A finalised round: model 1 exemplary (95), model 2 recognised (75), model 3 not recognised (50). */
  async function finalised(): Promise<EvaluationSetup> {
    const setup = await withRound(await tempDir(), { members: 1, models: [{}, {}, {}] });
    for (const [i, total] of [95, 75, 50].entries()) {
      await scoreTotals(setup.backend, setup, setup.models[i]!.id, [total]);
    }
    await ok(setup.backend, 'rounds.finalise', { year: 2023, roundId: setup.round.id, note: '' });
    return setup;
  }

  const decision = {
    form: 'Bằng khen' as const,
    issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn',
    decisionNumber: '2150/QĐ-UBND',
    decisionDate: '2023-12-28',
  };

  it('proposes recognised and exemplary models, linked to the round that gave the result', async () => {
    const { backend, models, round } = await finalised();
    const created = await ok(backend, 'commendations.propose', {
      year: 2023,
      modelIds: [models[0]!.id, models[1]!.id],
      issuer: 'Ủy ban nhân dân huyện Ba Bể',
    });
    expect(created.map((c) => [c.modelId, c.status, c.form, c.issuer, c.roundId])).toEqual([
      [models[0]!.id, 'proposed', 'Giấy khen', 'Ủy ban nhân dân huyện Ba Bể', round.id],
      [models[1]!.id, 'proposed', 'Giấy khen', 'Ủy ban nhân dân huyện Ba Bể', round.id],
    ]);
    expect(created[0]!.history).toEqual([
      { at: expect.any(String), action: 'propose', note: '', by: 'chuyenvien' },
    ]);
    expect(await ok(backend, 'commendations.list', { year: 2023 })).toEqual(created);
    // The model page's card asks for one model's.
    const ofModel = (i: number) => ok(backend, 'commendations.ofModel', { year: 2023, id: models[i]!.id });
    expect([await ofModel(0), await ofModel(1), await ofModel(2)]).toEqual([[created[0]], [created[1]], []]);
    await backend.close();
  });

  it('refuses a model not recognised, and a model proposed twice, adding nothing', async () => {
    const { backend, models } = await finalised();
    const notRecognised = await refused(backend, 'commendations.propose', {
      year: 2023,
      modelIds: [models[0]!.id, models[2]!.id],
    });
    expect(notRecognised).toEqual({
      code: 'CONFLICT',
      message: 'Chỉ đề nghị khen thưởng mô hình “Công nhận” hoặc “Tiêu biểu”: “Mô hình số 3” chưa đạt.',
    });
    await ok(backend, 'commendations.propose', { year: 2023, modelIds: [models[0]!.id] });
    const twice = await refused(backend, 'commendations.propose', {
      year: 2023,
      modelIds: [models[1]!.id, models[0]!.id],
    });
    expect(twice.message).toBe('“Mô hình số 1” đã được đề nghị khen thưởng.');
    expect(await ok(backend, 'commendations.list', { year: 2023 })).toHaveLength(1);
    await backend.close();
  });

  it('grants with the decision, requiring every field, and refuses to withdraw it afterwards', async () => {
    const { backend, models } = await finalised();
    const [proposal] = await ok(backend, 'commendations.propose', {
      year: 2023,
      modelIds: [models[0]!.id],
    });
    const ref = { year: 2023, id: proposal!.id };
    const missing = await refused(backend, 'commendations.grant', {
      ...ref,
      ...decision,
      issuer: ' ',
      decisionNumber: '',
    });
    expect(missing.issues).toEqual([
      { path: ['issuer'], message: 'Cơ quan khen thưởng: không được để trống.' },
      { path: ['decisionNumber'], message: 'Số quyết định: không được để trống.' },
    ]);
    const other = await refused(backend, 'commendations.grant', { ...ref, ...decision, form: 'Khác' });
    expect(other.issues).toEqual([
      { path: ['formOther'], message: 'Hình thức khen thưởng khác: hãy ghi rõ hình thức khi chọn “Khác”.' },
    ]);
    const granted = await ok(backend, 'commendations.grant', { ...ref, ...decision });
    expect(granted).toMatchObject({ ...decision, status: 'granted', modelId: models[0]!.id });
    expect(granted.history.map((h) => h.action)).toEqual(['propose', 'grant']);
    expect((await refused(backend, 'commendations.withdraw', ref)).code).toBe('CONFLICT');
    await backend.close();
  });

  it('withdraws a proposal, after which the model can be proposed again', async () => {
    const { backend, models } = await finalised();
    const propose = () => ok(backend, 'commendations.propose', { year: 2023, modelIds: [models[1]!.id] });
    const [first] = await propose();
    expect(await ok(backend, 'commendations.withdraw', { year: 2023, id: first!.id })).toEqual({
      withdrawn: true,
    });
    expect(await ok(backend, 'commendations.list', { year: 2023 })).toEqual([]);
    expect((await refused(backend, 'commendations.withdraw', { year: 2023, id: first!.id })).code).toBe(
      'NOT_FOUND',
    );
    expect(await propose()).toHaveLength(1);
    await backend.close();
  });

  it('keeps the round from being reopened while its result carries a commendation', async () => {
    const { backend, models, round } = await finalised();
    const ref = { year: 2023, roundId: round.id, note: '' };
    const [proposal] = await ok(backend, 'commendations.propose', {
      year: 2023,
      modelIds: [models[0]!.id],
    });
    expect((await refused(backend, 'rounds.reopen', ref)).message).toMatch(/hãy rút các đề nghị đó trước/i);
    await ok(backend, 'commendations.grant', { year: 2023, id: proposal!.id, ...decision });
    expect((await refused(backend, 'rounds.reopen', ref)).message).toMatch(/đã được khen thưởng/);
    await backend.close();
  });

  it('records one decision for several proposals in one change, or refuses it all naming the models that block', async () => {
    const { backend, dataDir, models } = await finalised();
    const proposals = await ok(backend, 'commendations.propose', {
      year: 2023,
      modelIds: [models[0]!.id, models[1]!.id],
    });
    const many = { year: 2023, ids: proposals.map((c) => c.id), ...decision };
    const granted = await ok(backend, 'commendations.grantMany', many);
    expect(granted.map((c) => [c.modelId, c.status, c.decisionNumber])).toEqual([
      [models[0]!.id, 'granted', '2150/QĐ-UBND'],
      [models[1]!.id, 'granted', '2150/QĐ-UBND'],
    ]);
    for (const m of models.slice(0, 2)) {
      const { model } = await ok(backend, 'models.get', { year: 2023, id: m.id });
      expect(model.history.at(-1)).toMatchObject({
        event: 'commended',
        note: 'Đã khen thưởng: Bằng khen của Ủy ban nhân dân tỉnh Bắc Kạn, quyết định số 2150/QĐ-UBND ngày 28/12/2023',
        by: 'chuyenvien',
      });
    }
    const before = await storedYear(dataDir, 2023);
    expect(await refused(backend, 'commendations.grantMany', { ...many, decisionNumber: '1/QĐ' })).toEqual({
      code: 'CONFLICT',
      message:
        '“Mô hình số 1”, “Mô hình số 2” đã có quyết định khen thưởng. Hãy bỏ chọn các mô hình này; muốn sửa quyết định đã ghi thì sửa riêng từng mô hình.',
    });
    expect(await storedYear(dataDir, 2023)).toEqual(before);
    await backend.close();
  });
});
