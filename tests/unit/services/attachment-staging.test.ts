import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { LOCK_DIR } from '../../../electron/backend/store/folder-lock';
import { ok, openBackend, refused } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Every file under the data folder's `attachments/`, by its path there. */
async function attachmentFiles(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'attachments');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

/** Another window opens the folder: this session loses its lock, so its next write is refused. */
async function takeLockAway(dataDir: string): Promise<void> {
  const owner = { pid: process.pid, host: 'may-khac', since: new Date().toISOString(), token: 'phien-khac' };
  await writeFile(join(dataDir, LOCK_DIR, 'owner.json'), JSON.stringify(owner));
}

describe('attachment files that come with data (packages, backup files)', () => {
  const tempDir = useTempDirs();

  /** An office with one model and its attachment: `file` is the attachment as stored. */
  async function officeWithAttachment(orgName: string, clock = manualClock('2023-03-01T08:00:00')) {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir, clock.now);
    await ok(backend, 'settings.update', { orgName, parentName: 'HUYỆN ỦY BA BỂ' });
    const model = await register(backend, await withUnit(backend), { title: 'Đường giao thông liên thôn' });
    await ok(backend, 'attachments.add', {
      ref: { year: 2023, id: model.id },
      name: 'Biên bản.pdf',
      dataBase64: base64('biên bản họp thôn'),
    });
    const attachment = (await ok(backend, 'models.get', { year: 2023, id: model.id })).model.attachments[0]!;
    return { dataDir, backend, clock, file: `${model.id}/${attachment.id}` };
  }

  async function emptyOffice(orgName: string): Promise<{ dataDir: string; backend: Backend }> {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir, manualClock('2023-03-02T08:00:00').now);
    await ok(backend, 'settings.update', { orgName, parentName: 'XÃ CHU HƯƠNG' });
    return { dataDir, backend };
  }

  it('a package import refused at commit leaves none of its files; a committed one puts them in place', async () => {
    const sender = await officeWithAttachment('BAN DÂN VẬN');
    const pkg = await ok(sender.backend, 'exchange.export', { years: [2023] });
    await sender.backend.close();

    const refusedHere = await emptyOffice('ĐẢNG ỦY');
    const preview = await ok(refusedHere.backend, 'exchange.preview', pkg);
    await takeLockAway(refusedHere.dataDir);
    const error = await refused(refusedHere.backend, 'exchange.commit', {
      packageId: preview.packageId,
      resolutions: {},
    });
    expect(error.code).toBe('DATA_UNAVAILABLE');
    expect(await attachmentFiles(refusedHere.dataDir)).toEqual([]);
    await refusedHere.backend.close();

    const accepted = await emptyOffice('ĐẢNG ỦY');
    const again = await ok(accepted.backend, 'exchange.preview', pkg);
    await ok(accepted.backend, 'exchange.commit', { packageId: again.packageId, resolutions: {} });
    expect(await attachmentFiles(accepted.dataDir)).toEqual([sender.file]);
    expect(await readFile(join(accepted.dataDir, 'attachments', sender.file), 'utf8')).toBe(
      'biên bản họp thôn',
    );
    await accepted.backend.close();
  });

  it('a backup file whose restore is refused leaves none of its files', async () => {
    const office = await officeWithAttachment('BAN DÂN VẬN');
    const file = await ok(office.backend, 'storage.exportBackup');
    await office.backend.close();

    const machine = await emptyOffice('MÁY MỚI');
    await takeLockAway(machine.dataDir);
    const error = await refused(machine.backend, 'storage.restoreBackupFile', {
      fileName: file.fileName,
      dataBase64: file.dataBase64,
    });
    expect(error.code).toBe('DATA_UNAVAILABLE');
    expect(await attachmentFiles(machine.dataDir)).toEqual([]);
    await machine.backend.close();
  });

  it('at start, settles the staging a crash left: listed files go into place, the others are removed', async () => {
    const office = await officeWithAttachment('BAN DÂN VẬN');
    await office.backend.close();
    // As a crash leaves it: the import that listed the file was committed, its move into place was not done;
    // a second import never got to its commit.
    const staged = join(office.dataDir, 'attachments', '.dang-nhap-1');
    await mkdir(join(staged, office.file.split('/')[0]!), { recursive: true });
    await rename(join(office.dataDir, 'attachments', office.file), join(staged, office.file));
    const unlisted = '11111111-1111-4111-8111-111111111111/22222222-2222-4222-8222-222222222222';
    await mkdir(join(office.dataDir, 'attachments', '.dang-nhap-2', unlisted.split('/')[0]!), {
      recursive: true,
    });
    await writeFile(join(office.dataDir, 'attachments', '.dang-nhap-2', unlisted), 'không ai cần');

    const reopened = await openBackend(office.dataDir, office.clock.now);
    expect(await attachmentFiles(office.dataDir)).toEqual([office.file]);
    const [modelId, attachmentId] = office.file.split('/') as [string, string];
    const read = await ok(reopened, 'attachments.read', { ref: { year: 2023, id: modelId }, attachmentId });
    expect(Buffer.from(read.dataBase64, 'base64').toString('utf8')).toBe('biên bản họp thôn');
    await reopened.close();
  });
});
