import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import {
  changeStatus,
  continueModels,
  destroyModel,
  editModel,
  registerModel,
  trashModel,
} from '../../../../shared/domain/commands/models';
import { modelStatuses, transitionRefusal } from '../../../../shared/domain/lifecycle';
import { blankModelForm, modelFormOf, type ModelForm } from '../../../../shared/domain/model';
import type { MainData } from '../../../../shared/domain/office-data';
import { modelRecord } from '../../../helpers/model-records';
import { applied, freshMain, frozen, officeState, testContext, yearOf } from '../../../helpers/office-state';

const UNIT = '10000000-0000-4000-8000-000000000001';

function office(): MainData {
  const main = freshMain();
  const at = '2023-01-01T00:00:00.000Z';
  return {
    ...main,
    catalogues: {
      ...main.catalogues,
      units: [
        {
          id: UNIT,
          name: 'Xã Nam Mẫu',
          type: 'Xã, thị trấn',
          commune: 'Xã Nam Mẫu',
          active: true,
          createdAt: at,
          updatedAt: at,
        },
      ],
    },
  };
}

function form(main: MainData, change: Partial<ModelForm> = {}): ModelForm {
  return {
    ...blankModelForm(2023),
    title: 'Vận động nhân dân hiến đất làm đường',
    unitId: UNIT,
    fieldId: main.catalogues.fields[0]!.id,
    ...change,
  };
}

describe('model commands', () => {
  it('registers a model in its year with its first history line, written as one year', () => {
    const main = office();
    const state = frozen(officeState(main, [yearOf(2023)]));
    const outcome = registerModel(state, form(main), testContext());
    expect(outcome.main).toBeUndefined();
    expect(outcome.years).toHaveLength(1);
    expect(outcome.years![0]!.models).toEqual([outcome.result]);
    expect(outcome.result).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      year: 2023,
      status: 'registered',
      createdAt: '2023-03-01T02:00:00.000Z',
      history: [
        {
          at: '2023-03-01T02:00:00.000Z',
          from: null,
          to: 'registered',
          note: 'Đăng ký mô hình',
          by: 'chuyenvien',
        },
      ],
      deletedAt: null,
    });
  });

  it('refuses a unit no longer in the catalogue, with the field named, and changes nothing', () => {
    const main = office();
    const state = frozen(officeState({ ...main, catalogues: { ...main.catalogues, units: [] } }));
    expect(() => registerModel(state, form(main), testContext())).toThrow(
      'Dữ liệu không hợp lệ: Đơn vị đăng ký: không có trong danh mục.',
    );
  });

  it('moves a model whose year was typed wrong: removed from one year and added to the other in one outcome', () => {
    const main = office();
    const model = modelRecord({ ...form(main), id: '20000000-0000-4000-8000-000000000001' });
    const state = frozen(officeState(main, [yearOf(2023, { models: [model] })]));
    const outcome = editModel(
      state,
      { ref: { year: 2023, id: model.id }, form: { ...modelFormOf(model), year: 2024 } },
      testContext(),
    );
    const after = applied(state, outcome);
    expect(after.year(2023).models).toEqual([]);
    expect(after.year(2024).models).toEqual([
      { ...model, year: 2024, updatedAt: '2023-03-01T02:00:00.000Z', updatedBy: 'chuyenvien' },
    ]);
  });

  it('refuses to move a model a round has taken, naming the round', () => {
    const main = office();
    const model = modelRecord({ ...form(main) });
    const round = {
      id: '30000000-0000-4000-8000-000000000001',
      name: 'Tổng kết năm 2023',
      modelIds: [model.id],
    };
    const data = yearOf(2023, { models: [model], rounds: [round as never] });
    expect(() =>
      editModel(
        officeState(main, [data]),
        { ref: { year: 2023, id: model.id }, form: { ...modelFormOf(model), year: 2024 } },
        testContext(),
      ),
    ).toThrow(
      'Không thể đổi năm hoặc hình thức (tập thể/cá nhân) của mô hình: mô hình thuộc đợt đánh giá “Tổng kết năm 2023”. Hãy bỏ mô hình khỏi đợt đó trước.',
    );
  });

  it('continues many models to next year in one outcome, once each, skipping one continued already', () => {
    const main = office();
    const models = ['A', 'B', 'C'].map((t) =>
      modelRecord({ ...form(main), title: `Mô hình ${t}`, status: 'recognised' }),
    );
    const done = modelRecord({
      ...form(main),
      year: 2024,
      registration: 'continued',
      previousId: models[2]!.id,
    });
    const state = frozen(officeState(main, [yearOf(2023, { models }), yearOf(2024, { models: [done] })]));
    const refs = [...models, models[0]!].map((m) => ({ year: 2023, id: m.id }));
    const outcome = continueModels(state, { refs }, testContext());
    expect(outcome.years!.map((d) => d.year)).toEqual([2024]);
    const next = outcome.years![0]!.models;
    expect(next.map((m) => [m.title, m.previousId, m.registration])).toEqual([
      [done.title, models[2]!.id, 'continued'],
      ['Mô hình A', models[0]!.id, 'continued'],
      ['Mô hình B', models[1]!.id, 'continued'],
    ]);
    expect(outcome.result.created).toEqual(next.slice(1).map((m) => ({ year: 2024, id: m.id })));
    expect(next[1]!.history[0]!.note).toBe('Duy trì từ năm 2023');
  });

  it('destroys only from the trash', () => {
    const main = office();
    const model = modelRecord({ ...form(main) });
    const ref = { year: 2023, id: model.id };
    const state = frozen(officeState(main, [yearOf(2023, { models: [model] })]));
    expect(() => destroyModel(state, ref)).toThrow('Chỉ xóa vĩnh viễn được mô hình đã ở Thùng rác.');
    const trashed = applied(state, trashModel(state, ref, testContext()));
    expect(applied(trashed, destroyModel(trashed, ref)).year(2023).models).toEqual([]);
  });

  it('changes a status exactly when the lifecycle allows it, and otherwise refuses with its message', () => {
    const main = office();
    fc.assert(
      fc.property(fc.constantFrom(...modelStatuses), fc.constantFrom(...modelStatuses), (from, to) => {
        const model = modelRecord({ ...form(main), status: from });
        const state = frozen(officeState(main, [yearOf(2023, { models: [model] })]));
        const input = { ref: { year: 2023, id: model.id }, to, note: 'Rà soát' };
        let outcome;
        try {
          outcome = changeStatus(state, input, testContext());
        } catch (error) {
          expect(error).toEqual(new AppError('CONFLICT', transitionRefusal(from, to)));
          return;
        }
        expect(outcome.result.status).toBe(to);
        expect(outcome.result.history.at(-1)).toEqual({
          at: '2023-03-01T02:00:00.000Z',
          from,
          to,
          note: 'Rà soát',
          by: 'chuyenvien',
        });
      }),
    );
  });
});
