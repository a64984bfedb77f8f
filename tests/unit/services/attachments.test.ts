import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, openBackend, refused } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

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

  it('removes the files of a destroyed model', async () => {
    const { dataDir, backend, ref } = await setup();
    await ok(backend, 'attachments.add', { ref, name: 'ảnh.jpg', dataBase64: base64('jpg') });
    await ok(backend, 'models.trash', ref);
    await ok(backend, 'models.destroy', ref);
    expect(await readdir(join(dataDir, 'attachments'))).toEqual([]);
    await backend.close();
  });
});
