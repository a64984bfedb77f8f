import { describe, expect, it } from 'vitest';
import { ok, openBackend } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

describe('“Tổng quan” (dashboard.get)', () => {
  const tempDir = useTempDirs();

  it('answers for the year in use when asked without a year, and names the year it answers for', async () => {
    const backend = await openBackend(await tempDir());
    const ids = await withUnit(backend);
    await register(backend, ids);
    await register(backend, ids, {
      kind: 'individual',
      personName: 'Nguyễn Văn A',
      personPosition: 'Trưởng thôn',
    });
    await register(backend, ids, { year: 2024 });
    await ok(backend, 'settings.update', { yearInUse: 2023 });

    const inUse = await ok(backend, 'dashboard.get', {});
    expect(inUse).toEqual(await ok(backend, 'dashboard.get', { year: 2023 }));
    expect([inUse.year, inUse.figures.registered]).toEqual([2023, 2]);
    // The narrowing filters hold without the year too.
    const individuals = await ok(backend, 'dashboard.get', { kind: 'individual' });
    expect([individuals.year, individuals.figures.registered]).toEqual([2023, 1]);

    await ok(backend, 'settings.update', { yearInUse: 2024 });
    const next = await ok(backend, 'dashboard.get', {});
    expect([next.year, next.figures.registered]).toEqual([2024, 1]);
    await backend.close();
  });
});
