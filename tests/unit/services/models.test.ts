import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedTransitions, modelStatuses, type ModelStatus } from '../../../shared/domain/lifecycle';
import type { Model } from '../../../shared/domain/model';
import { modelRowSchema } from '../../../shared/contract/models';
import { toRow } from '../../../electron/backend/services/model-service';
import { ok, openBackend, refused } from '../../helpers/backend';
import { modelRecord } from '../../helpers/model-records';
import { modelForm, register, withUnit } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';
import { storedYear } from '../../helpers/stored-data';

describe('models', () => {
  const tempDir = useTempDirs();

  it('lists a model with every column of the list row and nothing else', () => {
    const model = modelRecord({
      unitId: '00000000-0000-4000-8000-000000000001',
      fieldId: '00000000-0000-4000-8000-000000000101',
      origin: 'Ban Dân vận Huyện ủy Na Rì',
    });
    const row = toRow(model);
    expect(Object.keys(row).sort()).toEqual(Object.keys(modelRowSchema.shape).sort());
    expect(modelRowSchema.strict().parse(row)).toEqual(row);
    expect(toRow({ ...model, origin: undefined })).not.toHaveProperty('origin');
  });

  async function setup() {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    const ids = await withUnit(backend);
    return { dataDir, backend, ids };
  }

  it('registers a model into its year file, with a first history entry', async () => {
    const { dataDir, backend, ids } = await setup();
    const model = await register(backend, ids);
    expect(model.status).toBe('registered');
    expect(model.history).toEqual([
      { at: model.createdAt, from: null, to: 'registered', note: 'Đăng ký mô hình', by: 'chuyenvien' },
    ]);
    const file = (await storedYear(dataDir, 2023))!;
    expect(file.models.map((m: Model) => m.title)).toEqual([model.title]);
    await backend.close();
  });

  it('requires "Họ và tên" and "Chức vụ" for an individual', async () => {
    const { backend, ids } = await setup();
    const error = await refused(
      backend,
      'models.create',
      modelForm(ids, { kind: 'individual', registration: 'continued' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['personName'], message: 'Họ và tên: bắt buộc khi hình thức là “Cá nhân”.' },
      { path: ['personPosition'], message: 'Chức vụ: bắt buộc khi hình thức là “Cá nhân”.' },
    ]);
    expect((await ok(backend, 'models.list', { year: 2023 })).rows).toEqual([]);
    await backend.close();
  });

  it('registers a "Duy trì" model without last year\'s model when that one is not in the data', async () => {
    const { dataDir, backend, ids } = await setup();
    const model = await ok(backend, 'models.create', modelForm(ids, { registration: 'continued' }));
    expect([model.registration, model.previousId]).toEqual(['continued', null]);
    const file = (await storedYear(dataDir, 2023))!;
    expect(file.models.map((m: Model) => [m.registration, m.previousId])).toEqual([['continued', null]]);
    await backend.close();
  });

  it('refuses a unit or field that is not in the catalogue, and an end before the start', async () => {
    const { backend, ids } = await setup();
    const stranger = crypto.randomUUID();
    const error = await refused(backend, 'models.create', modelForm({ unitId: stranger, fieldId: stranger }));
    expect(error.issues?.map((i) => i.path[0])).toEqual(['unitId', 'fieldId']);
    const dates = await refused(
      backend,
      'models.create',
      modelForm(ids, { startDate: '2023-05-01', endDate: '2023-01-01' }),
    );
    expect(dates.issues).toEqual([
      { path: ['endDate'], message: 'Thời gian kết thúc phải sau thời gian bắt đầu.' },
    ]);
    await backend.close();
  });

  it('finds a model by any part of its name, its place or its unit, without diacritics', async () => {
    const { backend, ids } = await setup();
    await register(backend, ids, { title: 'Sửa chữa Đường giao thông liên thôn' });
    await register(backend, ids, { title: 'Thôn văn hóa kiểu mẫu', hamlet: 'Thôn Khuổi Tẩu' });
    const search = async (q: string) =>
      (await ok(backend, 'models.list', { year: null, search: q })).rows.map((r) => r.title);
    expect(await search('duong giao thong')).toEqual(['Sửa chữa Đường giao thông liên thôn']);
    expect(await search('KHUOI tau')).toEqual(['Thôn văn hóa kiểu mẫu']);
    expect(await search('chu huong')).toHaveLength(2); // the unit's name
    expect(await search('kieu mau   duong')).toEqual([]);
    const all = await ok(backend, 'models.list', { year: 2023, search: 'lien thon' });
    expect(all.total).toBe(2);
    await backend.close();
  });

  it('sends each row’s folded search text with it, as the year index keeps it, before and after a restart', async () => {
    const { dataDir, backend, ids } = await setup();
    await register(backend, ids, { title: 'Sửa chữa Đường giao thông liên thôn', hamlet: 'Thôn Nà Làng' });
    const trashed = await register(backend, ids, { title: 'Thôn văn hóa kiểu mẫu' });
    await ok(backend, 'models.trash', { year: 2023, id: trashed.id });
    const expected = {
      list: ['sua chua duong giao thong lien thon xa chu huong thon na lang'],
      trash: ['thon van hoa kieu mau xa chu huong thon ban xa'],
    };
    const texts = async (b: typeof backend) => ({
      list: (await ok(b, 'models.list', { year: null, search: 'lien thon' })).search,
      trash: (await ok(b, 'models.trashList')).search,
    });
    expect(await texts(backend)).toEqual(expected);
    await backend.close(); // the year and its index written
    const again = await openBackend(dataDir);
    expect(await texts(again)).toEqual(expected);
    await again.close();
  });

  it('filters by field, unit, kind, registration and status', async () => {
    const { backend, ids } = await setup();
    const other = await withUnit(backend, 'Huyện đoàn');
    const a = await register(backend, ids);
    await register(
      backend,
      { unitId: other.unitId, fieldId: ids.catalogues.fields[1]!.id },
      { kind: 'individual', personName: 'Nguyễn Văn A', personPosition: 'Trưởng thôn' },
    );
    const rows = async (filter: object) =>
      (await ok(backend, 'models.list', { year: 2023, ...filter })).rows.length;
    expect(await rows({ unitId: ids.unitId })).toBe(1);
    expect(await rows({ fieldId: ids.catalogues.fields[1]!.id })).toBe(1);
    expect(await rows({ kind: 'individual' })).toBe(1);
    expect(await rows({ registration: 'continued' })).toBe(0);
    expect(await rows({ unitType: 'Xã, thị trấn' })).toBe(2);
    expect(await rows({ unitType: 'Lực lượng vũ trang' })).toBe(0);
    await ok(backend, 'models.changeStatus', {
      ref: { year: a.year, id: a.id },
      to: 'in_progress',
      note: '',
    });
    expect(await rows({ status: 'in_progress' })).toBe(1);
    await backend.close();
  });

  it('applies every allowed transition with a history entry, and refuses every other one, changing nothing', async () => {
    const { backend, ids } = await setup();
    // Drive one model into each status through allowed steps, then try every target from there.
    const pathTo: Record<ModelStatus, ModelStatus[]> = {
      registered: [],
      in_progress: ['in_progress'],
      recognised: ['recognised'],
      not_recognised: ['not_recognised'],
      exemplary: ['recognised', 'exemplary'],
      stopped: ['stopped'],
    };
    for (const from of modelStatuses) {
      for (const to of modelStatuses) {
        const model = await register(backend, ids);
        const ref = { year: model.year, id: model.id };
        for (const step of pathTo[from])
          await ok(backend, 'models.changeStatus', { ref, to: step, note: '' });
        const before = await ok(backend, 'models.get', ref);
        const answer = await backend.handle('models.changeStatus', { ref, to, note: 'Họp Ban Chỉ đạo' });
        if (allowedTransitions[from].includes(to)) {
          expect(answer.ok, `${from} → ${to}`).toBe(true);
          const after = (await ok(backend, 'models.get', ref)).model;
          expect(after.status).toBe(to);
          expect(after.history.at(-1)).toMatchObject({ from, to, note: 'Họp Ban Chỉ đạo', by: 'chuyenvien' });
        } else {
          expect(answer, `${from} → ${to}`).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
          expect((await ok(backend, 'models.get', ref)).model).toEqual(before.model);
        }
      }
    }
    await backend.close();
  });

  it('moves a model to the trash, restores it, and destroys it only from the trash', async () => {
    const { backend, ids } = await setup();
    const model = await register(backend, ids);
    const ref = { year: 2023, id: model.id };
    expect((await refused(backend, 'models.destroy', ref)).code).toBe('CONFLICT');
    await ok(backend, 'models.trash', ref);
    expect((await ok(backend, 'models.list', { year: 2023 })).rows).toEqual([]);
    expect((await ok(backend, 'models.trashList')).rows.map((r) => r.id)).toEqual([model.id]);
    await ok(backend, 'models.restore', ref);
    expect((await ok(backend, 'models.list', { year: 2023 })).rows).toHaveLength(1);
    await ok(backend, 'models.trash', ref);
    await ok(backend, 'models.destroy', ref);
    expect((await ok(backend, 'models.trashList')).rows).toEqual([]);
    expect((await refused(backend, 'models.get', ref)).code).toBe('NOT_FOUND');
    await backend.close();
  });

  it('continues selected models into next year, linked both ways, once', async () => {
    const { backend, ids } = await setup();
    const a = await register(backend, ids, { title: 'Mô hình A' });
    const b = await register(backend, ids, { title: 'Mô hình B' });
    const refs = [a, b].map((m) => ({ year: m.year, id: m.id }));
    const { created } = await ok(backend, 'models.continue', {
      refs,
    });
    expect(created).toHaveLength(2);
    const next = await ok(backend, 'models.get', created[0]!);
    expect(next.model).toMatchObject({
      year: 2024,
      title: 'Mô hình A',
      registration: 'continued',
      previousId: a.id,
      status: 'registered',
    });
    expect(next.links.continuedFrom).toEqual({ year: 2023, id: a.id, title: 'Mô hình A' });
    const source = await ok(backend, 'models.get', refs[0]!);
    expect(source.links.continuedAs).toEqual([{ year: 2024, id: created[0]!.id, title: 'Mô hình A' }]);
    expect((await ok(backend, 'models.continue', { refs })).created).toEqual([]);
    await backend.close();
  });

  it('checks the links of a registration against the year index, without reading other full year files', async () => {
    const { dataDir, backend, ids } = await setup();
    const a = await register(backend, ids, { year: 2022, title: 'Mô hình A' });
    const b = await register(backend, ids, { year: 2022, title: 'Mô hình B' });
    await backend.close(); // compacts: the 2022 snapshot and its index
    // Were the full 2022 file read, it would be set aside as unreadable and the links refused.
    await writeFile(join(dataDir, 'years', '2022.json'), '{"schemaVersion":3,"year":20');
    const again = await openBackend(dataDir);
    const linked = { registration: 'continued' as const, previousId: a.id, replicatesId: b.id };
    const c = await register(again, ids, linked);
    const edited = await ok(again, 'models.update', {
      ref: { year: 2023, id: c.id },
      form: modelForm(ids, { ...linked, title: 'Mô hình C' }),
    });
    expect(edited).toMatchObject({ year: 2023, title: 'Mô hình C', previousId: a.id, replicatesId: b.id });
    const stranger = await refused(again, 'models.update', {
      ref: { year: 2023, id: c.id },
      form: modelForm(ids, { ...linked, previousId: c.id, replicatesId: crypto.randomUUID() }),
    });
    expect(stranger.issues).toEqual([
      { path: ['previousId'], message: 'Mô hình năm trước: phải là một mô hình của năm trước.' },
      { path: ['replicatesId'], message: 'Nhân rộng từ: không tìm thấy mô hình được nhân rộng.' },
    ]);
    // The links held; the check of the year files at start (first status asked) is what finds the damage.
    const { problems } = await ok(again, 'storage.status', undefined);
    expect(problems.map((p) => p.file)).toEqual(['years/2022.json']);
    await again.close();
  });

  it('keeps outcomes per indicator and refuses negative numbers', async () => {
    const { backend, ids } = await setup();
    const model = await register(backend, ids);
    const ref = { year: 2023, id: model.id };
    const land = ids.catalogues.indicators.find((i) => i.name === 'Đất hiến')!;
    const saved = await ok(backend, 'models.setOutcomes', {
      ref,
      outcomes: { narrative: 'Hiến 1.200 m² đất', values: { [land.id]: 1200 } },
    });
    expect(saved.outcomes.values[land.id]).toBe(1200);
    const bad = await refused(backend, 'models.setOutcomes', {
      ref,
      outcomes: { narrative: '', values: { [land.id]: -5 } },
    });
    expect(bad.issues?.[0]?.message).toBe('Kết quả không được âm.');
    await backend.close();
  });

  it('moves a model whose year is corrected to the right year file', async () => {
    const { dataDir, backend, ids } = await setup();
    const model = await register(backend, ids);
    const moved = await ok(backend, 'models.update', {
      ref: { year: 2023, id: model.id },
      form: modelForm(ids, { year: 2024, startDate: null, endDate: null }),
    });
    expect(moved.year).toBe(2024);
    expect((await storedYear(dataDir, 2023))!.models).toEqual([]);
    expect((await storedYear(dataDir, 2024))!.models[0]!.id).toBe(model.id);
    await backend.close();
  });
});
