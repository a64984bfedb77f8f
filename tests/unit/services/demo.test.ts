import { describe, expect, it } from 'vitest';
import { DEMO_YEARS } from '../../../electron/backend/demo/demo-service';
import { ok, openBackend, refused } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

describe('demo data', () => {
  const tempDir = useTempDirs();

  it('loads Ba Bể with 128 models in 2023 (10 by individuals), continued models linked to the year before', async () => {
    const backend = await openBackend(await tempDir());
    const loaded = await ok(backend, 'demo.load');
    expect(loaded).toEqual({
      models: DEMO_YEARS.reduce((n, y) => n + y.count, 0),
      years: [2021, 2022, 2023],
    });

    const c = await ok(backend, 'catalogues.get');
    expect(c.units.map((u) => u.name)).toContain('Thị trấn Chợ Rã');
    expect(c.units.map((u) => u.name)).toContain('Ban Chỉ huy Quân sự huyện');
    expect(c.members.length).toBeGreaterThan(0);

    const y2023 = await ok(backend, 'models.list', { year: 2023 });
    expect(y2023.rows).toHaveLength(128);
    expect(y2023.rows.filter((r) => r.kind === 'individual')).toHaveLength(10);
    expect(y2023.rows.map((r) => r.title)).toContain(
      'Vận động nhân dân xây dựng và bảo vệ môi trường xanh, sạch, đẹp',
    );

    const continued = y2023.rows.filter((r) => r.registration === 'continued');
    expect(continued.length).toBeGreaterThan(10);
    const y2022 = new Set((await ok(backend, 'models.list', { year: 2022 })).rows.map((r) => r.id));
    for (const row of continued) {
      const { model } = await ok(backend, 'models.get', {
        year: 2023,
        id: row.id,
      });
      expect(y2022.has(model.previousId!)).toBe(true);
    }
    await backend.close();
  });

  it('writes each hamlet once with its type word, a "tổ dân phố" only in a town', async () => {
    const backend = await openBackend(await tempDir());
    await ok(backend, 'demo.load');
    for (const year of [2021, 2022, 2023]) {
      for (const row of (await ok(backend, 'models.list', { year })).rows) {
        if (row.hamlet === '') continue;
        expect(row.hamlet).toMatch(/^(Thôn|Bản|Tổ dân phố) \S/);
        expect(row.hamlet).not.toMatch(/^(Thôn|Bản) (Thôn|Tổ dân phố)/);
        if (row.hamlet.startsWith('Tổ dân phố')) expect(row.commune).toMatch(/^Thị trấn /);
      }
    }
    await backend.close();
  });

  it('names people only with plainly sample names ("Nguyễn Văn A"): members, individuals, contacts', async () => {
    const backend = await openBackend(await tempDir());
    await ok(backend, 'demo.load');
    const sample = /^\p{Lu}\S* (Văn|Thị) [A-Z]$/u;
    const names = (await ok(backend, 'catalogues.get')).members.map((m) => m.name);
    for (const year of [2021, 2022, 2023]) {
      for (const row of (await ok(backend, 'models.list', { year })).rows) {
        const { model } = await ok(backend, 'models.get', { year, id: row.id });
        names.push(model.contactName);
        if (model.kind === 'individual') names.push(model.personName);
      }
    }
    expect(names.length).toBeGreaterThan(360);
    expect(names.filter((name) => !sample.test(name))).toEqual([]);
    await backend.close();
  });

  it('finalises each year with a round whose results agree with the models, and commends the exemplary ones', async () => {
    const backend = await openBackend(await tempDir());
    await ok(backend, 'demo.load');
    for (const year of [2021, 2022, 2023]) {
      const rounds = await ok(backend, 'rounds.list', { year });
      expect(rounds.map((r) => [r.name, r.status])).toEqual([[`Tổng kết năm ${year}`, 'finalised']]);
      const results = await ok(backend, 'rounds.results', { year, roundId: rounds[0]!.id });
      expect(results.progress.complete).toBe(results.progress.expected);
      const rows = new Map((await ok(backend, 'models.list', { year })).rows.map((r) => [r.id, r.status]));
      for (const r of results.models) expect(rows.get(r.modelId)).toBe(r.classification);
      const exemplary = [...rows.values()].filter((s) => s === 'exemplary').length;
      const commendations = await ok(backend, 'commendations.list', { year });
      expect(commendations).toHaveLength(exemplary);
      expect(new Set(commendations.map((c) => c.status))).toEqual(
        new Set([year === 2023 ? 'proposed' : 'granted']),
      );
    }
    await backend.close();
  });

  it('refuses to run where models already exist, changing nothing', async () => {
    const backend = await openBackend(await tempDir());
    await register(backend, await withUnit(backend));
    const error = await refused(backend, 'demo.load');
    expect(error).toEqual({
      code: 'CONFLICT',
      message: 'Đã có mô hình trong dữ liệu: chỉ nạp dữ liệu mẫu vào bộ dữ liệu trống.',
    });
    expect((await ok(backend, 'models.list', { year: null })).rows).toHaveLength(1);
    await backend.close();
  });
});
