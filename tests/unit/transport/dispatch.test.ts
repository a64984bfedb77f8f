import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../../shared/contract/channel-names';
import { contract } from '../../../shared/contract/channels';
import { appErrorSchema } from '../../../shared/contract/errors';
import { openBackend } from '../../helpers/backend';
import { useTempDirs } from '../../helpers/temp-dir';

/** For every channel, inputs its schema must refuse. */
const invalidInputs: Record<ChannelName, unknown[]> = {
  'app.info': [{ x: 1 }, 'a'],
  'settings.get': [{ x: 1 }, 5],
  'settings.update': [
    null,
    'BAN',
    { yearInUse: 1990 },
    { yearInUse: 2023.5 },
    { signingForm: 'X/Y' },
    { margins: { top: 200 } },
    { orgName: 5 },
    { unknownField: 'x' },
    { orgSymbol: 'x'.repeat(51) },
  ],
  'storage.status': [{}, []],
  'storage.dismissProblems': [{}, 1],
  'backups.create': [{}, 'now'],
  'catalogues.get': [{}],
  'catalogues.save': [
    {},
    { kind: 'units', item: { name: '', type: 'Khác', commune: '', active: true } },
    { kind: 'units', item: { name: 'Xã A', type: 'Tỉnh', commune: '', active: true } },
    { kind: 'planets', item: { name: 'X', active: true } },
    { kind: 'fields', id: 'not-a-uuid', item: { name: 'X', active: true } },
    { kind: 'indicators', item: { name: 'Cây', measure: '', active: true } },
  ],
  'catalogues.remove': [{ kind: 'units' }, { kind: 'units', id: '../x' }],
  'models.list': [{}, { year: 1800 }, { year: null, kind: 'group' }, { year: null, search: 'x'.repeat(201) }],
  'models.trashList': [{}],
  'models.get': [{ year: 2023 }, { year: 2023, id: '../../office' }],
  'models.create': [{}, { title: 'Thiếu hết' }],
  'models.update': [{ ref: { year: 2023, id: 'x' } }],
  'models.changeStatus': [{ ref: { year: 2023, id: crypto.randomUUID() }, to: 'won', note: '' }],
  'models.setOutcomes': [
    { ref: { year: 2023, id: crypto.randomUUID() }, outcomes: { narrative: '', values: { x: -1 } } },
  ],
  'models.continue': [{ refs: [] }],
  'models.trash': [{ id: crypto.randomUUID() }],
  'models.restore': [null],
  'models.destroy': ['all'],
  'attachments.add': [
    { ref: { year: 2023, id: crypto.randomUUID() }, name: '', dataBase64: '' },
    { ref: { year: 2023, id: crypto.randomUUID() }, name: 'a.txt', dataBase64: 'not base64!' },
  ],
  'attachments.read': [{ ref: { year: 2023, id: crypto.randomUUID() }, attachmentId: '../../office.json' }],
  'attachments.open': [{ ref: { year: 2023, id: crypto.randomUUID() } }],
  'attachments.remove': [{ attachmentId: crypto.randomUUID() }],
  'demo.load': [{ force: true }],
  'backups.restore': [
    undefined,
    {},
    { id: '../../etc' },
    { id: '2026-01-01/../x' },
    { id: 5 },
    { id: '2026-01-01', extra: 1 },
  ],
};

describe('dispatch', () => {
  const tempDir = useTempDirs();

  it('the contract and the channel list name the same channels', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });

  it('refuses invalid input on every channel in the one error shape, and changes nothing on disk', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    await backend.handle('settings.update', { orgName: 'BAN DÂN VẬN' });
    const before = await readFile(join(dataDir, 'office.json'), 'utf8');

    for (const channel of channelNames) {
      for (const input of invalidInputs[channel]) {
        const answer = await backend.handle(channel, input);
        expect(answer.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
        if (answer.ok) continue;
        expect(appErrorSchema.parse(answer.error).code).toBe('VALIDATION');
        expect(answer.error.message).toMatch(/^Dữ liệu không hợp lệ: /);
      }
    }
    expect(await readFile(join(dataDir, 'office.json'), 'utf8')).toBe(before);
    await backend.close();
  });

  it('names the field in a Vietnamese message for each refused setting', async () => {
    const backend = await openBackend(await tempDir());
    const answer = await backend.handle('settings.update', { yearInUse: 1990, margins: { left: 1 } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (answer.ok) return;
    expect(answer.error.issues).toEqual([
      { path: ['yearInUse'], message: 'Năm không được trước 2009.' },
      { path: ['margins', 'left'], message: 'Lề trái: tối thiểu 5 mm.' },
    ]);
    await backend.close();
  });

  it('answers an unknown channel without running anything', async () => {
    const backend = await openBackend(await tempDir());
    expect(await backend.handle('settings.delete', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'Không có chức năng "settings.delete".' },
    });
    await backend.close();
  });

  it('stores text NFC-normalised and trimmed, and merges a partial update', async () => {
    const backend = await openBackend(await tempDir());
    const decomposed = '  BAN DÂN VẬN '.normalize('NFD');
    await backend.handle('settings.update', { orgName: decomposed, margins: { left: 25 } });
    const answer = await backend.handle('settings.get', undefined);
    expect(answer).toMatchObject({
      ok: true,
      data: {
        orgName: 'BAN DÂN VẬN'.normalize('NFC'),
        margins: { top: 20, bottom: 20, left: 25, right: 15 },
      },
    });
    await backend.close();
  });
});
