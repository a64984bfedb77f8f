import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { attachmentKey, sweepOrphanAttachments } from '../../../electron/backend/services/attachment-files';
import { DataStore } from '../../../electron/backend/store/data-store';
import { SnapshotFile } from '../../../electron/backend/store/validated-json-file';
import { ok, openBackend } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Every file under `dir`, by its path below it, with its text. */
async function filesUnder(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found[path.slice(dir.length + 1)] = await readFile(path, 'utf8');
  }
  return found;
}

describe('attachment files no record lists', () => {
  const tempDir = useTempDirs();

  it('are moved aside once the first screen is answered, never deleted, and a backup that lists one brings it back', async () => {
    const dataDir = await tempDir();
    const attachments = join(dataDir, 'attachments');
    const clock = manualClock('2026-03-01T09:00:00');
    let backend = await openBackend(dataDir, clock.now);
    const model = await register(backend, await withUnit(backend));
    const ref = { year: model.year, id: model.id };
    const add = async (text: string) =>
      (
        await ok(backend, 'attachments.add', { ref, name: `${text}.pdf`, dataBase64: base64(text) })
      ).attachments.at(-1)!.id;
    const kept = await add('giữ');
    const dropped = await add('bỏ');
    clock.set('2026-03-01T10:00:00');
    const backup = (await ok(backend, 'backups.create')).backups.find((b) => b.kind === 'manual')!;
    // An earlier version removed the attachment from the model but left its file.
    clock.set('2026-03-01T11:00:00');
    await ok(backend, 'attachments.remove', { ref, attachmentId: dropped });
    await rename(join(attachments, '.da-xoa', ref.id, dropped), join(attachments, ref.id, dropped));
    await backend.close();
    // A crash between an added file's write and its change; a model gone with its folder; a file not ours.
    const crashed = randomUUID();
    await writeFile(join(attachments, ref.id, crashed), 'chưa ghi');
    const gone = randomUUID();
    const goneFile = randomUUID();
    await mkdir(join(attachments, gone));
    await writeFile(join(attachments, gone, goneFile), 'mồ côi');
    await writeFile(join(attachments, ref.id, 'ghi-chu.txt'), 'của người dùng');

    clock.set('2026-03-02T09:00:00');
    backend = await openBackend(dataDir, clock.now);
    await ok(backend, 'models.list', { year: 2023 });
    // Nothing is swept before the first screen is answered.
    expect(await readdir(join(attachments, ref.id))).toHaveLength(4);
    await ok(backend, 'dashboard.get', { year: 2023 });
    await backend.close();
    expect(await filesUnder(attachments)).toEqual({
      [`${ref.id}/${kept}`]: 'giữ',
      [`${ref.id}/ghi-chu.txt`]: 'của người dùng',
      [`.da-xoa/${ref.id}/${dropped}`]: 'bỏ',
      [`.da-xoa/${ref.id}/${crashed}`]: 'chưa ghi',
      [`.da-xoa/${gone}/${goneFile}`]: 'mồ côi',
    });
    expect(await readdir(attachments)).not.toContain(gone);

    // Kept aside while the backup that lists one may be restored; restoring it puts the file back.
    clock.set('2026-03-03T09:00:00');
    backend = await openBackend(dataDir, clock.now);
    expect(Object.keys(await filesUnder(join(attachments, '.da-xoa')))).toHaveLength(3);
    await ok(backend, 'backups.restore', { id: backup.id });
    const read = await ok(backend, 'attachments.read', { ref, attachmentId: dropped });
    expect(Buffer.from(read.dataBase64, 'base64').toString()).toBe('bỏ');
    await backend.close();
  });

  it('leave a file being added alone: it is on disk before the change that lists it', async () => {
    const dataDir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    const backend = await openBackend(dataDir, clock.now);
    const model = await register(backend, await withUnit(backend));
    await backend.close();
    const [adding, orphan] = [randomUUID(), randomUUID()];
    await mkdir(join(dataDir, 'attachments', model.id), { recursive: true });
    for (const id of [adding, orphan]) await writeFile(join(dataDir, 'attachments', model.id, id), id);

    const store = await DataStore.open({ dataDir, clock: clock.now });
    expect(await sweepOrphanAttachments(store, clock.now, new Set([attachmentKey(model.id, adding)]))).toBe(
      1,
    );
    // Swept again while it is still being added: still left, nothing more moved.
    expect(await sweepOrphanAttachments(store, clock.now, new Set([attachmentKey(model.id, adding)]))).toBe(
      0,
    );
    await store.close();
    expect(await readdir(join(dataDir, 'attachments', model.id))).toEqual([adding]);
    expect(await readdir(join(dataDir, 'attachments', '.da-xoa', model.id))).toEqual([orphan]);
  });

  it('read the records once, and again in the write queue only when a change landed meanwhile', async () => {
    const dataDir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    const backend = await openBackend(dataDir, clock.now);
    const model = await register(backend, await withUnit(backend));
    await backend.close();
    const folder = join(dataDir, 'attachments', model.id);
    const [listedMeanwhile, orphan, later] = [randomUUID(), randomUUID(), randomUUID()];
    await mkdir(folder, { recursive: true });
    for (const id of [listedMeanwhile, orphan]) await writeFile(join(folder, id), id);

    const store = await DataStore.open({ dataDir, clock: clock.now });
    const read = store.yearModelsOf.bind(store);
    const reads = vi.spyOn(store, 'yearModelsOf');
    try {
      // A change lists one of the files between the read and the queue: the sweep must see it.
      reads.mockImplementationOnce(async (year, ids) => {
        const models = await read(year, ids);
        const attachment = {
          id: listedMeanwhile,
          name: 'kèm.pdf',
          size: 36,
          addedAt: clock.now().toISOString(),
        };
        await store.updateYear(year, (d) => ({
          ...d,
          models: d.models.map((m) => (m.id === model.id ? { ...m, attachments: [attachment] } : m)),
        }));
        return models;
      });
      expect(await sweepOrphanAttachments(store, clock.now, new Set())).toBe(1);
      expect(reads).toHaveBeenCalledTimes(2);
      expect(await readdir(folder)).toEqual([listedMeanwhile]);

      // Nothing lands meanwhile: read once.
      reads.mockClear();
      await writeFile(join(folder, later), later);
      expect(await sweepOrphanAttachments(store, clock.now, new Set())).toBe(1);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
      await store.close();
    }
    expect(await readdir(folder)).toEqual([listedMeanwhile]);
    expect((await readdir(join(dataDir, 'attachments', '.da-xoa', model.id))).sort()).toEqual(
      [orphan, later].sort(),
    );
  });

  it('read the records of the models that have folders, not their whole year, when its positions are written', async () => {
    const dataDir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    const backend = await openBackend(dataDir, clock.now);
    const ids = await withUnit(backend);
    const model = await register(backend, ids);
    await register(backend, ids, { title: 'Mô hình không có tệp' });
    const ref = { year: model.year, id: model.id };
    const kept = (await ok(backend, 'attachments.add', { ref, name: 'giữ.pdf', dataBase64: base64('giữ') }))
      .attachments[0]!.id;
    await backend.close(); // compacts: the year's snapshot and where each record lies in it
    const orphan = randomUUID();
    await writeFile(join(dataDir, 'attachments', model.id, orphan), 'mồ côi');

    const reads = vi.spyOn(SnapshotFile.prototype, 'read');
    const store = await DataStore.open({ dataDir, clock: clock.now });
    try {
      expect(await sweepOrphanAttachments(store, clock.now, new Set())).toBe(1);
      // Nor loaded after, in the background, as a model's page has its year loaded.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const yearRead = reads.mock.contexts.filter((file) =>
        (file as SnapshotFile<unknown>).path.endsWith(`${model.year}.json`),
      );
      expect(yearRead).toEqual([]);
    } finally {
      reads.mockRestore();
      await store.close();
    }
    expect(await readdir(join(dataDir, 'attachments', model.id))).toEqual([kept]);
    expect(await readdir(join(dataDir, 'attachments', '.da-xoa', model.id))).toEqual([orphan]);
  });
});
