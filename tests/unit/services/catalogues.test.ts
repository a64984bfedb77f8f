import { describe, expect, it } from 'vitest';
import { ok, openBackend, refused } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { withRound } from '../../helpers/evaluation-fixtures';

describe('catalogues', () => {
  const tempDir = useTempDirs();

  it('starts with the default fields and indicators of domain.md, in Vietnamese order', async () => {
    const backend = await openBackend(await tempDir());
    const c = await ok(backend, 'catalogues.get');
    expect(c.fields.map((f) => f.name)).toEqual([
      'Kinh tế',
      'Quốc phòng - an ninh',
      'Văn hóa - xã hội',
      'Xây dựng hệ thống chính trị',
    ]);
    expect(c.indicators.map((i) => `${i.name} (${i.measure})`)).toContain('Đất hiến (m²)');
    await backend.close();
  });

  it('sorts units with Vietnamese collation (Đ after D)', async () => {
    const backend = await openBackend(await tempDir());
    for (const name of ['Xã Đồng Phúc', 'Xã Địa Linh', 'Xã Dương Quang', 'Xã Bành Trạch'])
      await withUnit(backend, name);
    const c = await ok(backend, 'catalogues.get');
    expect(c.units.map((u) => u.name)).toEqual([
      'Xã Bành Trạch',
      'Xã Dương Quang',
      'Xã Địa Linh',
      'Xã Đồng Phúc',
    ]);
    await backend.close();
  });

  it('edits and deactivates an item, keeping its id and creation time', async () => {
    const backend = await openBackend(await tempDir());
    const { unitId, catalogues } = await withUnit(backend, 'Xã Hà Hiệu');
    const before = catalogues.units[0]!;
    const after = await ok(backend, 'catalogues.save', {
      kind: 'units',
      id: unitId,
      item: { name: 'Xã Hà Hiệu', type: 'Xã, thị trấn', commune: 'Xã Hà Hiệu', active: false },
    });
    expect(after.units[0]).toMatchObject({ id: unitId, active: false, createdAt: before.createdAt });
    await backend.close();
  });

  it('refuses a duplicate name', async () => {
    const backend = await openBackend(await tempDir());
    const error = await refused(backend, 'catalogues.save', {
      kind: 'fields',
      item: { name: 'kinh tế', active: true },
    });
    expect(error.message).toBe('Đã có lĩnh vực “Kinh tế”.');
    await backend.close();
  });

  it('refuses to delete a unit or field that a model uses, even from the trash, and deletes an unused one', async () => {
    const backend = await openBackend(await tempDir());
    const ids = await withUnit(backend);
    const model = await register(backend, ids);
    await ok(backend, 'models.trash', { year: model.year, id: model.id });
    const unit = await refused(backend, 'catalogues.remove', { kind: 'units', id: ids.unitId });
    expect(unit).toMatchObject({ code: 'CONFLICT' });
    expect(unit.message).toBe(
      'Không thể xóa đơn vị này vì đang được 1 mô hình sử dụng. Hãy chọn “Ngừng sử dụng” thay vì xóa.',
    );
    expect((await refused(backend, 'catalogues.remove', { kind: 'fields', id: ids.fieldId })).code).toBe(
      'CONFLICT',
    );
    const unused = ids.catalogues.fields[1]!.id;
    const after = await ok(backend, 'catalogues.remove', { kind: 'fields', id: unused });
    expect(after.fields.some((f) => f.id === unused)).toBe(false);
    await backend.close();
  });

  it('refuses to delete a committee member that a round uses, saying so', async () => {
    const { backend, memberIds } = await withRound(await tempDir(), { members: 1 });
    const error = await refused(backend, 'catalogues.remove', { kind: 'members', id: memberIds[0] });
    expect(error.message).toBe(
      'Không thể xóa thành viên này vì đang được 1 đợt đánh giá sử dụng. Hãy chọn “Ngừng sử dụng” thay vì xóa.',
    );
    await backend.close();
  });
});
