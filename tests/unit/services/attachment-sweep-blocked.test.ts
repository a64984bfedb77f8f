import { appendFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepOrphanAttachments } from '../../../electron/backend/services/attachment-files';
import { DataStore } from '../../../electron/backend/store/data-store';
import { encodeRecord } from '../../../electron/backend/store/journal';
import { ok, openBackend } from '../../helpers/backend';
import { register, withUnit } from '../../helpers/model-fixtures';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

describe('the attachment sweep while a year cannot be read', () => {
  const tempDir = useTempDirs();

  it.each([
    ['a journal record that changes by id a field the year holds as no list', 'record'],
    ['a year file that cannot be read (a folder in its place)', 'folder'],
  ])('moves nothing aside after %s: the year shows empty, its records list the files', async (_, how) => {
    const dataDir = await tempDir();
    const clock = manualClock('2026-03-01T09:00:00');
    const backend = await openBackend(dataDir, clock.now);
    const model = await register(backend, await withUnit(backend));
    const ref = { year: model.year, id: model.id };
    const added = await ok(backend, 'attachments.add', {
      ref,
      name: 'kèm.pdf',
      dataBase64: Buffer.from('kèm').toString('base64'),
    });
    const attachmentId = added.attachments[0]!.id;
    await backend.close();
    const rel = `years/${model.year}.json`;
    if (how === 'folder') {
      await rm(join(dataDir, rel));
      await mkdir(join(dataDir, rel));
    } else {
      // A journal record that changes by id a field the year holds as no list: the year is blocked.
      const { journalSeq } = JSON.parse(await readFile(join(dataDir, rel), 'utf8')) as { journalSeq: number };
      const segments = (await readdir(join(dataDir, 'journal'))).sort();
      await appendFile(
        join(dataDir, 'journal', segments.at(-1)!),
        encodeRecord({
          seq: journalSeq + 1,
          at: '',
          changes: { [rel]: { lists: { year: { upsert: [{ id: 'x' }] } } } },
        }),
      );
    }

    const store = await DataStore.open({ dataDir, clock: clock.now });
    try {
      await expect(sweepOrphanAttachments(store, clock.now, new Set())).rejects.toMatchObject({
        code: 'DATA_UNAVAILABLE',
      });
      expect(store.problems).toMatchObject([{ file: rel }]);
    } finally {
      await store.close();
    }
    expect(await readdir(join(dataDir, 'attachments', model.id))).toEqual([attachmentId]);
  });
});
