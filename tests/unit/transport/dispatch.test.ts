import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../../shared/contract/channel-names';
import { contract } from '../../../shared/contract/channels';
import { appErrorSchema } from '../../../shared/contract/errors';
import { openBackend } from '../../helpers/backend';
import { useTempDirs } from '../../helpers/temp-dir';
import type { Catalogues } from '../../../shared/domain/catalogues';
import { modelForm } from '../../helpers/model-fixtures';
import { expectVietnamese } from '../../helpers/vietnamese';
import { storedMain } from '../../helpers/stored-data';

const anId = crypto.randomUUID();
const roundForm = {
  name: 'Tổng kết năm 2023',
  date: '2023-12-20',
  memberIds: [anId],
  thresholds: { exemplary: 90, recognised: 70 },
  dropExtremes: false,
};
const cell = { year: 2023, roundId: anId, memberId: anId, modelId: anId };

/** For every channel, inputs its schema must refuse. */
const invalidInputs: Record<ChannelName, unknown[]> = {
  'app.info': [{ x: 1 }, 'a'],
  'app.reportError': [
    {},
    { source: 'render' },
    { source: 'crash', message: 'x' },
    { source: 'render', message: 'x'.repeat(2_001) },
    { source: 'render', message: 'x', extra: 1 },
  ],
  'app.openLogFolder': [{}, 'logs'],
  'app.openDataFolder': [{}, 'data'],
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
  'catalogues.addUnits': [
    { type: 'Khác', names: [] },
    { type: 'Tỉnh', names: ['Xã A'] },
    { type: 'Khác', names: ['Xã A', '  '] },
  ],
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
  'dashboard.get': [{ year: '2023' }, { year: 2023, unitType: 'Tỉnh' }, { year: 2023, fieldId: 'x' }],
  'print.dialog': [{}, undefined, { landscape: 'yes' }, { landscape: true, copies: 2 }],
  'print.savePdf': [{}, { fileName: '../x.pdf', landscape: false }, { fileName: 'a.docx', landscape: true }],
  'documents.table': [
    { kind: 'annual-report', year: 2023 },
    { kind: 'round-summary', year: 2023 },
    { kind: 'models', year: 2023, filter: { year: 2023, kind: 'group' } },
  ],
  'documents.build': [
    { kind: 'annual-report', year: 2023, format: 'xlsx' },
    { kind: 'models', year: 2023 },
    { kind: 'recognised', year: 2023, format: 'pdf' },
    { kind: 'annual-report', year: 2023, charts: [{ title: 'x', pngBase64: '!!', width: 1, height: 1 }] },
  ],
  'files.save': [
    { fileName: '../a.docx', dataBase64: '' },
    { fileName: 'a.exe', dataBase64: '' },
    { fileName: 'a.xlsx', dataBase64: '%%' },
  ],
  'files.open': [{}, { path: '' }],
  'files.showInFolder': [{ path: 5 }],
  'imports.template': [{}, { year: 1999 }],
  'exchange.export': [{}, { years: [] }, { years: [2023, 2023] }],
  'exchange.preview': [{ fileName: 'a.zip' }, { fileName: 'a.zip', dataBase64: '@@' }],
  'exchange.commit': [
    { packageId: 'x', resolutions: {} },
    { packageId: crypto.randomUUID(), resolutions: { a: 'mine' } },
  ],
  'imports.preview': [
    { fileName: 'a.xlsx', dataBase64: '***', year: 2023 },
    { fileName: '', dataBase64: '', year: 2023 },
    { fileName: 'a.xlsx', dataBase64: 'AAAA', year: 'x' },
  ],
  'imports.commit': [
    { importId: 'x', skipProblemRows: true, mappings: { units: {}, fields: {} } },
    {
      importId: crypto.randomUUID(),
      skipProblemRows: true,
      mappings: { units: { a: { id: 'x' } }, fields: {} },
    },
  ],
  'demo.load': [{ force: true }],
  'rubrics.list': [{}],
  'rubrics.save': [
    {},
    { name: 'Bộ A', kind: 'collective', criteria: [] },
    { name: 'Bộ A', kind: 'group', criteria: [{ text: 'Tiêu chí', maxPoints: 100 }] },
    { name: 'Bộ A', kind: 'collective', criteria: [{ text: 'Tiêu chí', maxPoints: 99.75 }] },
    { name: 'Bộ A', kind: 'collective', criteria: [{ text: 'Tiêu chí', maxPoints: 90 }] },
    { name: '', kind: 'collective', criteria: [{ text: 'Tiêu chí', maxPoints: 100 }] },
  ],
  'rounds.list': [{}, { year: 2023, extra: 1 }],
  'rounds.get': [{ year: 2023 }, { year: 2023, roundId: 'x' }],
  'rounds.create': [
    {},
    { ...roundForm, year: 2023 },
    { ...roundForm, year: 2023, allOfYear: true, modelIds: [anId] },
    { ...roundForm, year: 2023, allOfYear: false },
    { ...roundForm, year: 2023, allOfYear: true, memberIds: [] },
    { ...roundForm, year: 2023, allOfYear: true, memberIds: [anId, anId] },
    { ...roundForm, year: 2023, allOfYear: true, date: '20/12/2023' },
    { ...roundForm, year: 2023, allOfYear: true, thresholds: { exemplary: 70, recognised: 70 } },
    { ...roundForm, year: 2023, allOfYear: true, thresholds: { exemplary: 101, recognised: 70 } },
  ],
  'rounds.update': [
    { year: 2023, roundId: anId },
    { ...roundForm, year: 2023, roundId: anId, modelIds: [] },
    { ...roundForm, year: 2023, roundId: anId, modelIds: [anId], dropExtremes: 'yes' },
  ],
  'rounds.delete': [{ roundId: anId }],
  'rounds.results': [{ year: 2023, id: anId }],
  'rounds.finalise': [
    { year: 2023, roundId: anId },
    { year: 2023, roundId: anId, note: 5 },
  ],
  'rounds.reopen': [{ year: 2023, roundId: anId, note: 'x'.repeat(1001) }],
  'sheets.list': [{ year: 2023 }],
  'sheets.setScore': [
    { ...cell, criterionIndex: -1, value: 10 },
    { ...cell, criterionIndex: 0.5, value: 10 },
    { ...cell, criterionIndex: 0, value: '10' },
    { ...cell, criterionIndex: 0 },
  ],
  'sheets.setTotal': [
    { ...cell, value: 'tám mươi' },
    { ...cell, memberId: 'x', value: 80 },
  ],
  'sheets.exportWorkbook': [
    { year: 2023, roundId: anId },
    { year: 2023, roundId: anId, memberId: 'x' },
  ],
  'sheets.previewWorkbook': [
    { year: 2023, roundId: anId, fileName: '', dataBase64: '' },
    { year: 2023, roundId: anId, fileName: 'a.xlsx', dataBase64: '%%%' },
  ],
  'sheets.commitWorkbook': [
    { year: 2023, roundId: anId, previewId: 'x' },
    { year: 2023, roundId: anId, fileName: 'a.xlsx', dataBase64: '' },
  ],
  'commendations.list': [{ year: '2023' }],
  'commendations.ofModel': [{ year: 2023 }, { year: 2023, id: '../../office' }],
  'commendations.propose': [
    { year: 2023, modelIds: [] },
    { year: 2023, modelIds: [anId], form: 'Huân chương' },
    { year: 2023, modelIds: [anId], form: 'Khác' },
  ],
  'commendations.grant': [
    {
      year: 2023,
      id: anId,
      form: 'Giấy khen',
      issuer: '',
      decisionNumber: '12/QĐ',
      decisionDate: '2023-12-20',
    },
    {
      year: 2023,
      id: anId,
      form: 'Giấy khen',
      issuer: 'UBND huyện',
      decisionNumber: '',
      decisionDate: '2023-12-20',
    },
    {
      year: 2023,
      id: anId,
      form: 'Giấy khen',
      issuer: 'UBND huyện',
      decisionNumber: '12/QĐ',
      decisionDate: null,
    },
  ],
  'commendations.grantMany': [
    {
      year: 2023,
      ids: [],
      form: 'Giấy khen',
      issuer: 'UBND huyện',
      decisionNumber: '12/QĐ',
      decisionDate: '2023-12-20',
    },
    {
      year: 2023,
      ids: [anId, anId],
      form: 'Giấy khen',
      issuer: 'UBND huyện',
      decisionNumber: '12/QĐ',
      decisionDate: '2023-12-20',
    },
    {
      year: 2023,
      ids: [anId],
      form: 'Khác',
      issuer: 'UBND huyện',
      decisionNumber: '12/QĐ',
      decisionDate: '2023-12-20',
    },
  ],
  'commendations.withdraw': [{ year: 2023 }],
  'backups.restore': [
    undefined,
    {},
    { id: '../../etc' },
    { id: '2026-01-01/../x' },
    { id: 5 },
    { id: '2026-01-01', extra: 1 },
  ],
  'storage.exportBackup': [{}, { years: [2023] }],
  'storage.previewBackupFile': [{ fileName: 'a.zip' }, { fileName: 'a.zip', dataBase64: '@@' }],
  'storage.restoreBackupFile': [
    { fileName: '', dataBase64: '' },
    { fileName: 'a.zip', dataBase64: 'AA', x: 1 },
  ],
  'jobs.progress': [{}, { jobId: 'x' }, { jobId: anId, x: 1 }],
  'jobs.cancel': [undefined, { jobId: 5 }],
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
    const before = await storedMain(dataDir);

    for (const channel of channelNames) {
      for (const input of invalidInputs[channel]) {
        const answer = await backend.handle(channel, input);
        expect(answer.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
        if (answer.ok) continue;
        expect(appErrorSchema.parse(answer.error).code).toBe('VALIDATION');
        expect(answer.error.message).toMatch(/^Dữ liệu không hợp lệ: /);
        expectVietnamese(answer.error, `${channel} ${JSON.stringify(input)}`);
      }
    }
    expect(await storedMain(dataDir)).toEqual(before);
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

  it('says what is missing or of the wrong kind in Vietnamese, not in zod type names', async () => {
    const backend = await openBackend(await tempDir());
    expect(await backend.handle('models.get', undefined)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Dữ liệu không hợp lệ: Thiếu giá trị bắt buộc.',
        issues: [{ path: [], message: 'Thiếu giá trị bắt buộc.' }],
      },
    });
    const wrongKind = await backend.handle('models.get', { year: '2023', id: 5 });
    expect(wrongKind.ok).toBe(false);
    if (!wrongKind.ok) expectVietnamese(wrongKind.error);
    await backend.close();
  });

  it('strips control characters and direction overrides from stored text and attachment names', async () => {
    const backend = await openBackend(await tempDir());
    await backend.handle('settings.update', { orgName: 'BAN\u0000 DÂN\u0007 VẬN\u001b\u202E' });
    expect(await backend.handle('settings.get', undefined)).toMatchObject({
      ok: true,
      data: { orgName: 'BAN DÂN VẬN' },
    });
    const saved = await backend.handle('catalogues.save', {
      kind: 'units',
      item: { name: 'Xã\u202E Chu\u2066 Hương\u0000', type: 'Xã, thị trấn', commune: '', active: true },
    });
    expect(saved).toMatchObject({ ok: true, data: { units: [{ name: 'Xã Chu Hương' }] } });
    if (!saved.ok) return;
    const catalogues = saved.data as Catalogues;
    const ids = { unitId: catalogues.units[0]!.id, fieldId: catalogues.fields[0]!.id };
    const model = await backend.handle('models.create', modelForm(ids, { title: 'Mô hình\u202Egnờưđ' }));
    expect(model).toMatchObject({ ok: true, data: { title: 'Mô hìnhgnờưđ' } });
    if (!model.ok) return;
    const { year, id } = model.data as { year: number; id: string };
    const added = await backend.handle('attachments.add', {
      ref: { year, id },
      name: 'a\u202Efdp.exe',
      dataBase64: Buffer.from('x').toString('base64'),
    });
    expect(added).toMatchObject({ ok: true, data: { attachments: [{ name: 'afdp.exe' }] } });
    await backend.close();
  });
});
