import { describe, expect, it } from 'vitest';
import {
  addUnits,
  removeCatalogueItem,
  saveCatalogueItem,
} from '../../../../shared/domain/commands/catalogues';
import { saveRubric } from '../../../../shared/domain/commands/rubrics';
import { defaultRubrics } from '../../../../shared/domain/rubric';
import { nameKey } from '../../../../shared/text/name-key';
import { modelRecord } from '../../../helpers/model-records';
import { applied, freshMain, frozen, officeState, testContext, yearOf } from '../../../helpers/office-state';

const unit = (name: string) => ({
  kind: 'units' as const,
  item: { name, type: 'Xã, thị trấn' as const, commune: '', active: true },
});

describe('catalogue and rubric commands', () => {
  it('folds names by case and spacing only: tones still tell names apart', () => {
    expect(nameKey('  Xã   NAM Mẫu ')).toBe(nameKey('xã nam mẫu'));
    expect(nameKey('Xã Bà')).not.toBe(nameKey('Xã Ba'));
  });

  it('adds an item, then refuses a second one named the same but for case and spacing', () => {
    const state = frozen(officeState(freshMain()));
    const added = applied(state, saveCatalogueItem(state, unit('Xã Nam Mẫu'), testContext()));
    expect(added.main.catalogues.units.map((u) => [u.id, u.name])).toEqual([
      ['00000000-0000-4000-8000-000000000001', 'Xã Nam Mẫu'],
    ]);
    expect(() => saveCatalogueItem(added, unit('xã  nam mẫu'), testContext())).toThrow(
      'Đã có đơn vị “Xã Nam Mẫu”.',
    );
    const id = added.main.catalogues.units[0]!.id;
    const renamed = saveCatalogueItem(added, { ...unit('Xã Nam Mẫu (cũ)'), id }, testContext()).result.units;
    expect(renamed.map((u) => [u.id, u.name])).toEqual([[id, 'Xã Nam Mẫu (cũ)']]);
  });

  it('adds many units at once, or none when a name is taken or repeated in the list', () => {
    const state = frozen(officeState(freshMain()));
    const ctx = testContext();
    const withOne = applied(state, saveCatalogueItem(state, unit('Xã Nam Mẫu'), ctx));
    const batch = (names: string[]) => ({ type: 'Khác' as const, names });
    expect(() =>
      addUnits(withOne, batch(['Xã Quảng Bạch', 'xã  nam mẫu', 'Xã Hà Hiệu', 'XÃ HÀ HIỆU']), testContext()),
    ).toThrow(
      'Tên đã có trong danh mục hoặc lặp lại trong danh sách: “xã  nam mẫu”, “XÃ HÀ HIỆU”. Chưa thêm đơn vị nào.',
    );
    const added = addUnits(withOne, batch(['Xã Quảng Bạch', 'Xã Hà Hiệu']), ctx).result.units;
    expect(added.map((u) => [u.name, u.type, u.active])).toEqual([
      ['Xã Nam Mẫu', 'Xã, thị trấn', true],
      ['Xã Quảng Bạch', 'Khác', true],
      ['Xã Hà Hiệu', 'Khác', true],
    ]);
    expect(new Set(added.map((u) => u.id)).size).toBe(3);
  });

  it('refuses to remove a unit models of any year use, counting the trashed ones', () => {
    const state = officeState(freshMain());
    const withUnit = applied(state, saveCatalogueItem(state, unit('Xã Nam Mẫu'), testContext()));
    const unitId = withUnit.main.catalogues.units[0]!.id;
    const fieldId = withUnit.main.catalogues.fields[0]!.id;
    const years = [
      yearOf(2022, { models: [modelRecord({ unitId, fieldId, year: 2022 })] }),
      yearOf(2023, { models: [modelRecord({ unitId, fieldId, deletedAt: '2023-05-01T00:00:00.000Z' })] }),
    ];
    const used = frozen(officeState(withUnit.main, years));
    expect(() => removeCatalogueItem(used, { kind: 'units', id: unitId })).toThrow(
      'Không thể xóa đơn vị này vì đang được 2 mô hình sử dụng. Hãy chọn “Ngừng sử dụng” thay vì xóa.',
    );
    expect(removeCatalogueItem(withUnit, { kind: 'units', id: unitId }).result.units).toEqual([]);
  });

  it('refuses a rubric named like another', () => {
    const state = frozen(officeState(freshMain()));
    const save = {
      name: defaultRubrics[0]!.name.toUpperCase(),
      kind: 'collective' as const,
      criteria: [{ text: 'Một', maxPoints: 100 }],
    };
    expect(() => saveRubric(state, save, testContext())).toThrow(
      `Dữ liệu không hợp lệ: Đã có bộ tiêu chí “${defaultRubrics[0]!.name}”.`,
    );
  });
});
