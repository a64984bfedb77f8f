import { describe, expect, it } from 'vitest';
import { ok, openBackend, settle } from '../../helpers/backend';
import { modelForm, withUnit } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

/**
 * Checks run inside the write queue, with the changes they guard: two requests sent at once are decided one
 * after the other, never both on the data as it was before either.
 */
describe('requests racing each other', () => {
  const tempDir = useTempDirs();

  it('a unit deleted while a model is registered for it: exactly one of the two wins, and the data agrees', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    const ids = await withUnit(backend);
    const [created, removed] = await Promise.all([
      settle(backend, 'models.create', modelForm(ids)),
      settle(backend, 'catalogues.remove', { kind: 'units', id: ids.unitId }),
    ]);
    expect([created.ok, removed.ok].filter(Boolean)).toHaveLength(1);
    await backend.close();

    const reopened = await openBackend(dataDir);
    const units = (await ok(reopened, 'catalogues.get')).units.map((u) => u.id);
    const models = (await ok(reopened, 'models.list', { year: null })).rows;
    if (created.ok) {
      expect(removed).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(units).toEqual([ids.unitId]);
      expect(models.map((m) => m.unitId)).toEqual([ids.unitId]);
    } else {
      expect(created).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Dữ liệu không hợp lệ: Đơn vị đăng ký: không có trong danh mục.',
        },
      });
      expect(units).toEqual([]);
      expect(models).toEqual([]);
    }
    await reopened.close();
  });

  it('demo.load racing a catalogue save and a settings change loses neither', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    const [loaded, saved, settings] = await Promise.all([
      settle(backend, 'demo.load'),
      settle(backend, 'catalogues.save', { kind: 'fields', item: { name: 'Chuyển đổi số', active: true } }),
      settle(backend, 'settings.update', { signerName: 'Hoàng Thị Lan' }),
    ]);
    expect([loaded.ok, saved.ok, settings.ok]).toEqual([true, true, true]);
    await backend.close();

    const reopened = await openBackend(dataDir);
    const catalogues = await ok(reopened, 'catalogues.get');
    expect(catalogues.fields.map((f) => f.name)).toContain('Chuyển đổi số');
    expect(catalogues.units.map((u) => u.name)).toContain('Thị trấn Chợ Rã');
    expect((await ok(reopened, 'settings.get')).signerName).toBe('Hoàng Thị Lan');
    expect((await ok(reopened, 'models.list', { year: 2023 })).rows).toHaveLength(128);
    await reopened.close();
  });

  it('demo.load racing a registration: either the demo refuses and the model stays alone, or both are kept', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    const ids = await withUnit(backend);
    const [created, loaded] = await Promise.all([
      settle(backend, 'models.create', modelForm(ids, { title: 'Mô hình của cơ quan' })),
      settle(backend, 'demo.load'),
    ]);
    expect(created.ok).toBe(true);
    const titles = (await ok(backend, 'models.list', { year: 2023 })).rows.map((r) => r.title);
    expect(titles).toContain('Mô hình của cơ quan');
    expect(titles).toHaveLength(loaded.ok ? 129 : 1);
    await backend.close();
  });
});
