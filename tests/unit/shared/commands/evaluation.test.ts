import { describe, expect, it } from 'vitest';
import { saveCatalogueItem } from '../../../../shared/domain/commands/catalogues';
import type { OfficeState } from '../../../../shared/domain/commands/command';
import {
  grantCommendation,
  grantCommendations,
  proposeCommendations,
  withdrawCommendation,
} from '../../../../shared/domain/commands/commendations';
import { createRound, finaliseRound, reopenRound } from '../../../../shared/domain/commands/rounds';
import { setTotal } from '../../../../shared/domain/commands/sheets';
import { defaultThresholds } from '../../../../shared/domain/round';
import { modelRecord } from '../../../helpers/model-records';
import { applied, freshMain, frozen, officeState, testContext, yearOf } from '../../../helpers/office-state';

const FINAL = '2023-12-20T03:00:00.000Z';

/** Two models in progress, one member, a round over both with totals 95 and 75; applied step by step. */
function scoredRound(): { state: OfficeState; roundId: string; ids: string[] } {
  let state = officeState(freshMain());
  const member = { kind: 'members' as const, item: { name: 'Nguyễn Văn A', position: '', active: true } };
  state = applied(state, saveCatalogueItem(state, member, testContext()));
  const memberId = state.main.catalogues.members[0]!.id;
  const fieldId = state.main.catalogues.fields[0]!.id;
  const unitId = '10000000-0000-4000-8000-000000000001';
  const models = ['A', 'B'].map((t) =>
    modelRecord({ unitId, fieldId, title: `Mô hình ${t}`, status: 'in_progress' }),
  );
  state = officeState(state.main, [yearOf(2023, { models })]);
  const ids = models.map((m) => m.id);
  const settings = {
    name: 'Tổng kết năm 2023',
    date: '2023-12-20',
    memberIds: [memberId],
    thresholds: defaultThresholds,
    dropExtremes: false,
  };
  const created = createRound(state, { year: 2023, ...settings, modelIds: ids }, testContext());
  state = applied(state, created);
  const roundId = created.result.id;
  for (const [i, value] of [95, 75].entries()) {
    state = applied(
      state,
      setTotal(state, { year: 2023, roundId, memberId, modelId: ids[i]!, value }, testContext()),
    );
  }
  return { state: frozen(state), roundId, ids };
}

/** The scored round finalised (A exemplary, B recognised), and the proposal of both models it allows. */
function finalisedWithProposal(note = '') {
  const { state: scored, roundId, ids } = scoredRound();
  const state = applied(scored, finaliseRound(scored, { year: 2023, roundId, note: '' }, testContext(FINAL)));
  const proposal = { year: 2023, modelIds: ids, form: 'Giấy khen' as const, formOther: '', issuer: '', note };
  return { state, roundId, ids, proposal };
}

describe('evaluation commands', () => {
  it('finalises: each model takes its result with a history line, the round records what it applied', () => {
    const { state, roundId, ids } = scoredRound();
    const outcome = finaliseRound(state, { year: 2023, roundId, note: 'Hội nghị' }, testContext(FINAL));
    const after = applied(state, outcome);
    expect(after.year(2023).models.map((m) => [m.status, m.history.at(-1)])).toEqual([
      [
        'exemplary',
        {
          at: FINAL,
          from: 'in_progress',
          to: 'exemplary',
          note: 'Kết quả đợt đánh giá “Tổng kết năm 2023”: 95,00 điểm',
          by: 'chuyenvien',
        },
      ],
      [
        'recognised',
        {
          at: FINAL,
          from: 'in_progress',
          to: 'recognised',
          note: 'Kết quả đợt đánh giá “Tổng kết năm 2023”: 75,00 điểm',
          by: 'chuyenvien',
        },
      ],
    ]);
    expect(outcome.result.applied).toEqual([
      { modelId: ids[0], from: 'in_progress', to: 'exemplary' },
      { modelId: ids[1], from: 'in_progress', to: 'recognised' },
    ]);
    expect(outcome.result.status).toBe('finalised');
  });

  it('proposes recognised models once, grants with a history line, and then refuses to withdraw or reopen', () => {
    const { state, roundId, ids, proposal } = finalisedWithProposal('Đề nghị');
    const proposed = proposeCommendations(state, proposal, testContext());
    expect(proposed.result.map((c) => [c.modelId, c.roundId, c.status])).toEqual(
      ids.map((id) => [id, roundId, 'proposed']),
    );
    const withProposals = frozen(applied(state, proposed));
    expect(() =>
      proposeCommendations(withProposals, { ...proposal, modelIds: [ids[0]!] }, testContext()),
    ).toThrow('“Mô hình A” đã được đề nghị khen thưởng.');
    expect(() => reopenRound(withProposals, { year: 2023, roundId, note: '' }, testContext())).toThrow(
      'Không mở lại được: 2 mô hình đang được đề nghị khen thưởng theo kết quả đợt này. Hãy rút các đề nghị đó trước.',
    );
    const id = proposed.result[0]!.id;
    const decision = {
      year: 2023,
      id,
      form: 'Bằng khen' as const,
      formOther: '',
      issuer: 'UBND tỉnh',
      decisionNumber: '12/QĐ',
      decisionDate: '2024-01-15',
      note: '',
    };
    const granted = grantCommendation(withProposals, decision, testContext('2024-01-16T02:00:00.000Z'));
    expect(granted.result).toMatchObject({ status: 'granted', form: 'Bằng khen', decisionNumber: '12/QĐ' });
    expect(granted.result.history.map((h) => [h.action, h.at])).toEqual([
      ['propose', '2023-03-01T02:00:00.000Z'],
      ['grant', '2024-01-16T02:00:00.000Z'],
    ]);
    // The model's own history says so, and its status stays.
    const commended = applied(withProposals, granted)
      .year(2023)
      .models.find((m) => m.id === ids[0]);
    expect([commended!.status, commended!.history.at(-1)]).toEqual([
      'exemplary',
      {
        at: '2024-01-16T02:00:00.000Z',
        from: 'exemplary',
        to: 'exemplary',
        note: 'Đã khen thưởng: Bằng khen của UBND tỉnh, quyết định số 12/QĐ ngày 15/01/2024',
        by: 'chuyenvien',
        event: 'commended',
      },
    ]);
    expect(() =>
      withdrawCommendation(applied(withProposals, granted), { year: 2023, id }, testContext()),
    ).toThrow('Đã có quyết định khen thưởng nên không rút được. Nếu thông tin quyết định sai, hãy sửa lại.');
    const other = proposed.result[1]!.id;
    const withdrawn = withdrawCommendation(withProposals, { year: 2023, id: other }, testContext(FINAL));
    const left = applied(withProposals, withdrawn)
      .year(2023)
      .models.find((m) => m.id === ids[1]);
    expect(left!.history.at(-1)).toEqual({
      at: FINAL,
      from: 'recognised',
      to: 'recognised',
      note: 'Rút đề nghị khen thưởng',
      by: 'chuyenvien',
      event: 'commendation_withdrawn',
    });
  });

  it('refuses to propose a model not recognised', () => {
    const { state, ids } = scoredRound();
    const proposal = {
      year: 2023,
      modelIds: [ids[1]!],
      form: 'Giấy khen' as const,
      formOther: '',
      issuer: '',
      note: '',
    };
    expect(() => proposeCommendations(state, proposal, testContext())).toThrow(
      'Chỉ đề nghị khen thưởng mô hình “Công nhận” hoặc “Tiêu biểu”: “Mô hình B” chưa đạt.',
    );
  });

  it('records one decision for several proposals, each model with its own history line, or for none', () => {
    const { state: finalised, ids, proposal } = finalisedWithProposal();
    const proposed = proposeCommendations(finalised, proposal, testContext());
    const state = frozen(applied(finalised, proposed));
    const [a, b] = proposed.result.map((c) => c.id);
    const decision = {
      year: 2023,
      ids: [a!, b!],
      form: 'Bằng khen' as const,
      formOther: '',
      issuer: 'UBND tỉnh',
      decisionNumber: '12/QĐ',
      decisionDate: '2024-01-15',
      note: 'Một quyết định',
    };
    const at = '2024-01-16T02:00:00.000Z';
    const outcome = grantCommendations(state, decision, testContext(at));
    expect(
      outcome.result.map((c) => [c.modelId, c.status, c.form, c.issuer, c.decisionNumber, c.decisionDate]),
    ).toEqual(ids.map((id) => [id, 'granted', 'Bằng khen', 'UBND tỉnh', '12/QĐ', '2024-01-15']));
    expect(outcome.result.map((c) => c.history.at(-1))).toEqual([
      { at, action: 'grant', note: 'Một quyết định', by: 'chuyenvien' },
      { at, action: 'grant', note: 'Một quyết định', by: 'chuyenvien' },
    ]);
    const after = applied(state, outcome).year(2023);
    expect(after.commendations).toEqual(outcome.result);
    const note = 'Đã khen thưởng: Bằng khen của UBND tỉnh, quyết định số 12/QĐ ngày 15/01/2024';
    expect(after.models.map((m) => [m.title, m.status, m.history.at(-1)])).toEqual([
      [
        'Mô hình A',
        'exemplary',
        { at, from: 'exemplary', to: 'exemplary', note, by: 'chuyenvien', event: 'commended' },
      ],
      [
        'Mô hình B',
        'recognised',
        { at, from: 'recognised', to: 'recognised', note, by: 'chuyenvien', event: 'commended' },
      ],
    ]);
    // The single decision follows the same rule: the same records for the same decision.
    const single = grantCommendation(state, { ...decision, id: a! }, testContext(at));
    expect(single.result).toEqual(outcome.result[0]);
    expect(single.years![0]!.models[0]).toEqual(after.models[0]);

    // B already decided (by someone else meanwhile): the whole decision is refused, naming B.
    const bDecided = frozen(
      applied(state, grantCommendation(state, { ...decision, id: b! }, testContext(at))),
    );
    expect(() => grantCommendations(bDecided, decision, testContext(at))).toThrow(
      '“Mô hình B” đã có quyết định khen thưởng. Hãy bỏ chọn mô hình này; muốn sửa quyết định đã ghi thì sửa riêng từng mô hình.',
    );
    // A withdrawn proposal: refused too.
    const withdrawn = frozen(
      applied(state, withdrawCommendation(state, { year: 2023, id: b! }, testContext())),
    );
    expect(() => grantCommendations(withdrawn, decision, testContext(at))).toThrow(
      'Không tìm thấy 1 đề nghị khen thưởng được chọn (có thể đã được rút). Hãy tải lại danh sách và chọn lại.',
    );
  });
});
