import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { readZip, writeZip } from '../../../electron/backend/exchange/zip';
import { ok, openBackend, refused } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** Every file of a data folder with its content, the log folder aside (it records the refusals). */
async function folderContents(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    const rel = path.slice(dir.length + 1);
    if (!e.isFile() || rel.startsWith('logs')) continue;
    out[rel] = (await readFile(path)).toString('base64');
  }
  return out;
}

/** What a user sees of the data: settings, every model in full, every attachment's bytes. */
async function visibleData(backend: Backend) {
  const list = await ok(backend, 'models.list', { year: 2023 });
  const models = await Promise.all(
    list.rows.map(async (row) => {
      const detail = await ok(backend, 'models.get', { year: 2023, id: row.id });
      const files = await Promise.all(
        detail.model.attachments.map(async (a) => {
          const read = await ok(backend, 'attachments.read', {
            ref: { year: 2023, id: row.id },
            attachmentId: a.id,
          });
          return [a.name, read.dataBase64];
        }),
      );
      return { model: detail.model, files };
    }),
  );
  const settings = await ok(backend, 'settings.get');
  return { orgName: settings.orgName, models, rounds: await ok(backend, 'rounds.list', { year: 2023 }) };
}

/** Rebuilds a backup file with `change` applied to its entries (the manifest included). */
async function tamper(dataBase64: string, change: (files: Map<string, Buffer>) => void): Promise<string> {
  const files = await readZip(Buffer.from(dataBase64, 'base64'), 1 << 30);
  change(files);
  return base64(writeZip([...files].map(([path, data]) => ({ path, data }))));
}

describe('backup files ("Sao lưu ra tệp", "Khôi phục từ tệp")', () => {
  const tempDir = useTempDirs();

  async function officeWithData(dataDir: string, clock = manualClock('2026-03-02T09:00:00')) {
    const backend = await openBackend(dataDir, clock.now);
    await ok(backend, 'settings.update', { orgName: 'BAN DÂN VẬN HUYỆN ỦY' });
    const ids = await withUnit(backend);
    const kept = await register(backend, ids, { title: 'Mô hình giữ lại' });
    await ok(backend, 'attachments.add', {
      ref: { year: 2023, id: kept.id },
      name: 'Biên bản.pdf',
      dataBase64: base64('biên bản họp thôn'),
    });
    return { backend, ids, kept, clock };
  }

  it('restores exactly the exported state, attachments included, after a safety backup', async () => {
    const dataDir = await tempDir();
    const { backend, ids, kept, clock } = await officeWithData(dataDir);
    const exported = await visibleData(backend);
    const file = await ok(backend, 'storage.exportBackup');
    expect(file.fileName).toBe('Sao lưu Dân vận khéo 2026-03-02.zip');
    expect(file.mimeType).toBe('application/zip');

    clock.advanceDays(1);
    await ok(backend, 'settings.update', { orgName: 'ĐỔI TÊN' });
    await register(backend, ids, { title: 'Mô hình thêm sau' });
    const attachment = (await ok(backend, 'models.get', { year: 2023, id: kept.id })).model.attachments[0]!;
    await ok(backend, 'attachments.remove', {
      ref: { year: 2023, id: kept.id },
      attachmentId: attachment.id,
    });
    expect(await visibleData(backend)).not.toEqual(exported);

    const preview = await ok(backend, 'storage.previewBackupFile', {
      fileName: file.fileName,
      dataBase64: file.dataBase64,
    });
    expect(preview).toEqual({
      fileName: file.fileName,
      createdAt: new Date('2026-03-02T09:00:00').toISOString(),
      appVersion: '0.0.0-test',
      orgName: 'BAN DÂN VẬN HUYỆN ỦY',
      years: [2023],
      counts: { models: 1, rounds: 0, attachments: 1 },
    });

    const status = await ok(backend, 'storage.restoreBackupFile', {
      fileName: file.fileName,
      dataBase64: file.dataBase64,
    });
    expect(await visibleData(backend)).toEqual(exported);
    expect(status.backups.filter((b) => b.kind === 'before-restore')).toHaveLength(1);
    await backend.close();

    // And as a restart reads it.
    const reopened = await openBackend(dataDir, clock.now);
    expect(await visibleData(reopened)).toEqual(exported);
    await reopened.close();
  });

  it('brings an office back on a new machine from the file alone', async () => {
    const { backend } = await officeWithData(await tempDir());
    const exported = await visibleData(backend);
    const file = await ok(backend, 'storage.exportBackup');
    await backend.close();

    const fresh = await openBackend(await tempDir());
    await ok(fresh, 'storage.restoreBackupFile', { fileName: file.fileName, dataBase64: file.dataBase64 });
    expect(await visibleData(fresh)).toEqual(exported);
    await fresh.close();
  });

  it('refuses to export an office with no data yet', async () => {
    const backend = await openBackend(await tempDir());
    const error = await refused(backend, 'storage.exportBackup');
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Chưa có dữ liệu nào để sao lưu.' });
    await backend.close();
  });

  const docx = base64(
    writeZip([
      { path: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { path: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]),
  );
  const badFiles: Array<[string, (good: string) => string | Promise<string>, string]> = [
    [
      'random bytes',
      () => base64(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))),
      'Tệp không phải là tệp sao lưu của Dân vận khéo (không đọc được dạng nén .zip).',
    ],
    ['a renamed .docx', () => docx, 'Tệp không phải là tệp sao lưu của Dân vận khéo.'],
    ['an empty file', () => '', 'Tệp rỗng (0 byte): hãy chọn đúng tệp sao lưu.'],
    [
      'a checksum mismatch',
      (good) =>
        tamper(good, (files) => {
          // The office's name as the data files hold it (a snapshot or the journal), changed by one letter.
          for (const [path, data] of files) {
            if (path.startsWith('data/'))
              files.set(path, Buffer.from(data.toString('utf8').replace('BAN DÂN VẬN', 'BAN DÂN VẬM')));
          }
        }),
      'Tệp sao lưu bị hỏng: tệp “data/',
    ],
    [
      'a missing attachment',
      (good) =>
        tamper(good, (files) => {
          for (const path of files.keys()) if (path.startsWith('attachments/')) files.delete(path);
        }),
      'Tệp sao lưu bị thiếu tệp',
    ],
    [
      'a newer app version',
      (good) =>
        tamper(good, (files) => {
          const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<
            string,
            unknown
          >;
          files.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, appVersion: '99.1.0' })));
        }),
      'Tệp sao lưu được tạo bởi phiên bản 99.1.0 của Dân vận khéo, mới hơn phiên bản này (0.0.0-test). ' +
        'Hãy cập nhật Dân vận khéo lên phiên bản 99.1.0 hoặc mới hơn rồi khôi phục lại.',
    ],
  ];

  it.each(badFiles)('refuses %s with a Vietnamese message and changes nothing', async (_, make, message) => {
    const dataDir = await tempDir();
    const { backend, ids } = await officeWithData(dataDir);
    const good = await ok(backend, 'storage.exportBackup');
    await register(backend, ids, { title: 'Mô hình sau khi xuất' });
    const bad = { fileName: 'sao-luu.zip', dataBase64: await make(good.dataBase64) };
    const before = await folderContents(dataDir);
    const data = await visibleData(backend);

    for (const channel of ['storage.previewBackupFile', 'storage.restoreBackupFile'] as const) {
      const error = await refused(backend, channel, bad);
      expect(error.code).toBe('VALIDATION');
      expect(error.message.startsWith(message)).toBe(true);
    }
    expect(await folderContents(dataDir)).toEqual(before);
    expect(await visibleData(backend)).toEqual(data);
    await backend.close();
  });
});
