import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, openBackend, refused } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

describe('attachments', () => {
  const tempDir = useTempDirs();

  async function setup() {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    const model = await register(backend, await withUnit(backend));
    return { dataDir, backend, ref: { year: model.year, id: model.id } };
  }

  const base64 = (text: string) => Buffer.from(text).toString('base64');

  it('copies a file under the model id, reads it back and removes it', async () => {
    const { dataDir, backend, ref } = await setup();
    const saved = await ok(backend, 'attachments.add', {
      ref,
      name: 'Biên bản họp thôn.pdf',
      dataBase64: base64('nội dung'),
    });
    const attachment = saved.attachments[0]!;
    expect(attachment).toMatchObject({ name: 'Biên bản họp thôn.pdf', size: Buffer.byteLength('nội dung') });
    expect(await readFile(join(dataDir, 'attachments', ref.id, attachment.id), 'utf8')).toBe('nội dung');
    const read = await ok(backend, 'attachments.read', {
      ref,
      attachmentId: attachment.id,
    });
    expect(Buffer.from(read.dataBase64, 'base64').toString()).toBe('nội dung');
    await ok(backend, 'attachments.remove', { ref, attachmentId: attachment.id });
    expect(await readdir(join(dataDir, 'attachments', ref.id))).toEqual([]);
    await backend.close();
  });

  it.each(['../../office.json', '..\\..\\office.json', '/etc/passwd', 'C:\\Windows\\win.ini', 'CON'])(
    'refuses the name %j and writes nothing',
    async (name) => {
      const { dataDir, backend, ref } = await setup();
      const error = await refused(backend, 'attachments.add', { ref, name, dataBase64: base64('x') });
      expect(error.code).toBe('VALIDATION');
      expect(await readdir(dataDir)).not.toContain('attachments');
      await backend.close();
    },
  );

  it('refuses ids that are not UUIDs before touching the disk', async () => {
    const { backend, ref } = await setup();
    expect(
      (await refused(backend, 'attachments.read', { ref, attachmentId: '../../office.json' })).code,
    ).toBe('VALIDATION');
    expect(
      (
        await refused(backend, 'attachments.read', {
          ref: { year: 2023, id: '..' },
          attachmentId: crypto.randomUUID(),
        })
      ).code,
    ).toBe('VALIDATION');
    await backend.close();
  });

  it('says plainly that the browser preview cannot open files with the system viewer', async () => {
    const { backend, ref } = await setup();
    const saved = await ok(backend, 'attachments.add', {
      ref,
      name: 'a.txt',
      dataBase64: base64('a'),
    });
    const error = await refused(backend, 'attachments.open', { ref, attachmentId: saved.attachments[0]!.id });
    expect(error.message).toMatch(/Tải về/);
    await backend.close();
  });

  it("moves a destroyed model's files aside, where a backup's restore can find them", async () => {
    const { dataDir, backend, ref } = await setup();
    const saved = await ok(backend, 'attachments.add', { ref, name: 'ảnh.jpg', dataBase64: base64('jpg') });
    await ok(backend, 'models.trash', ref);
    await ok(backend, 'models.destroy', ref);
    expect(await readdir(join(dataDir, 'attachments'))).toEqual(['.da-xoa']);
    expect(await readdir(join(dataDir, 'attachments', '.da-xoa', ref.id))).toEqual([
      saved.attachments[0]!.id,
    ]);
    await backend.close();
  });
});

describe('attachments and backups', () => {
  const tempDir = useTempDirs();
  const base64 = (text: string) => Buffer.from(text).toString('base64');

  it('restoring a backup brings back the files of the attachments it lists, removed since', async () => {
    const dataDir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    const backend = await openBackend(dataDir, clock.now);
    const model = await register(backend, await withUnit(backend));
    const ref = { year: model.year, id: model.id };
    const saved = await ok(backend, 'attachments.add', {
      ref,
      name: 'Biên bản.pdf',
      dataBase64: base64('bản 1'),
    });
    const attachmentId = saved.attachments[0]!.id;
    clock.set('2026-03-01T10:00:00');
    const { backups } = await ok(backend, 'backups.create');
    const backup = backups.find((b) => b.kind === 'manual')!;
    clock.set('2026-03-01T11:00:00');
    await ok(backend, 'attachments.remove', { ref, attachmentId });
    await expect(refused(backend, 'attachments.read', { ref, attachmentId })).resolves.toMatchObject({
      code: 'NOT_FOUND',
    });

    await ok(backend, 'backups.restore', { id: backup.id });
    const read = await ok(backend, 'attachments.read', { ref, attachmentId });
    expect(Buffer.from(read.dataBase64, 'base64').toString()).toBe('bản 1');
    await backend.close();
  });

  it('deletes a removed file for good only once no backup can list it', async () => {
    const dataDir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    let backend = await openBackend(dataDir, clock.now);
    const model = await register(backend, await withUnit(backend));
    const ref = { year: model.year, id: model.id };
    const first = await ok(backend, 'attachments.add', { ref, name: 'a.pdf', dataBase64: base64('a') });
    await ok(backend, 'attachments.remove', { ref, attachmentId: first.attachments[0]!.id });
    await backend.close();
    const setAside = join(dataDir, 'attachments', '.da-xoa', ref.id);
    expect(await readdir(setAside)).toEqual([first.attachments[0]!.id]);

    // While a backup from before the removal is kept, so is the file.
    clock.set('2026-03-02T09:00:00');
    backend = await openBackend(dataDir, clock.now);
    await backend.close();
    expect(await readdir(setAside)).toEqual([first.attachments[0]!.id]);
    // Once those backups are gone (30 newer of their kind), every backup left was made after the removal.
    await rm(join(dataDir, 'backups'), { recursive: true });
    backend = await openBackend(dataDir, clock.now);
    await ok(backend, 'backups.create');
    await backend.close();
    backend = await openBackend(dataDir, clock.now);
    expect(await readdir(join(dataDir, 'attachments', '.da-xoa'))).toEqual([]);
    await backend.close();
  });
});
