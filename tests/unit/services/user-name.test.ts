import { describe, expect, it } from 'vitest';
import { ok, openBackend, refused } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

describe('“Người sử dụng”', () => {
  const tempDir = useTempDirs();

  it('is recorded as who made each change, the OS login while it is empty, and kept across a restart', async () => {
    const dataDir = await tempDir();
    let backend = await openBackend(dataDir); // its OS login is "chuyenvien"
    const ids = await withUnit(backend);
    const model = await register(backend, ids);
    expect(model.history.map((h) => h.by)).toEqual(['chuyenvien']);
    expect((await ok(backend, 'settings.get')).userName).toBeUndefined();

    const saved = await ok(backend, 'settings.update', { userName: '  Nguyễn Thị Lan ' });
    expect(saved.userName).toBe('Nguyễn Thị Lan');
    const ref = { year: 2023, id: model.id };
    const started = await ok(backend, 'models.changeStatus', { ref, to: 'in_progress', note: '' });
    expect(started.history.map((h) => h.by)).toEqual(['chuyenvien', 'Nguyễn Thị Lan']);

    await backend.close();
    backend = await openBackend(dataDir);
    expect((await ok(backend, 'settings.get')).userName).toBe('Nguyễn Thị Lan');
    await ok(backend, 'settings.update', { userName: '' });
    const stopped = await ok(backend, 'models.changeStatus', { ref, to: 'stopped', note: '' });
    expect(stopped.history.map((h) => h.by)).toEqual(['chuyenvien', 'Nguyễn Thị Lan', 'chuyenvien']);
    await backend.close();
  });

  it('refuses a name longer than 100 characters, changing nothing', async () => {
    const backend = await openBackend(await tempDir());
    await ok(backend, 'settings.update', { userName: 'Nguyễn Thị Lan' });
    const error = await refused(backend, 'settings.update', { userName: 'A'.repeat(101) });
    expect(error.issues).toEqual([
      { path: ['userName'], message: 'Người sử dụng: không được dài quá 100 ký tự.' },
    ]);
    expect((await ok(backend, 'settings.get')).userName).toBe('Nguyễn Thị Lan');
    await backend.close();
  });
});
