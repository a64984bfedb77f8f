import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ok, openBackend } from '../../helpers/backend';
import { DataStore } from '../../../electron/backend/store/data-store';
import { modelRecord } from '../../helpers/model-records';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const UNIT = '00000000-0000-4000-8000-000000000001';
const FIELD = '00000000-0000-4000-8000-000000000101';

describe('the year index', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string) => DataStore.open({ dataDir, clock: manualClock().now });

  async function withModels(dir: string, titles: string[]) {
    const store = await open(dir);
    const models = titles.map((title) => modelRecord({ unitId: UNIT, fieldId: FIELD, year: 2024, title }));
    await store.updateYear(2024, (d) => ({ ...d, models }));
    await store.close(); // compacts: snapshot and index together
    return models;
  }

  it('is written beside the snapshot with the list columns and links, at the same journal position', async () => {
    const dir = await tempDir();
    const [first] = await withModels(dir, ['Đường giao thông', 'Nước sạch']);
    const index = JSON.parse(await readFile(join(dir, 'index', '2024.json'), 'utf8'));
    const snapshot = JSON.parse(await readFile(join(dir, 'years', '2024.json'), 'utf8'));
    expect(index.journalSeq).toBe(snapshot.journalSeq);
    expect(index.rows.map((r: { title: string }) => r.title)).toEqual(['Đường giao thông', 'Nước sạch']);
    expect(Object.keys(index.rows[0]).sort()).toEqual(
      [
        'commune',
        'deletedAt',
        'fieldId',
        'hamlet',
        'id',
        'kind',
        'personName',
        'previousId',
        'registration',
        'replicatesId',
        'search',
        'status',
        'title',
        'unitId',
        'updatedAt',
        'year',
      ].sort(),
    );
    expect(index.rows[0].id).toBe(first!.id);
    expect(index.rows[0].search).toBe('duong giao thong');
  });

  it('is read again from the year when written before rows carried their search text, and rewritten', async () => {
    const dir = await tempDir();
    await withModels(dir, ['Đường giao thông']);
    const file = join(dir, 'index', '2024.json');
    const index = JSON.parse(await readFile(file, 'utf8'));
    const old = index.rows.map(({ search: _, ...row }: { search: string }) => ({ ...row, title: 'Cũ' }));
    await writeFile(file, JSON.stringify({ ...index, rows: old }));
    const store = await open(dir);
    expect((await store.yearRows(2024)).map((r) => [r.title, r.search])).toEqual([
      ['Đường giao thông', 'duong giao thong'],
    ]);
    await store.close();
    const rewritten = JSON.parse(await readFile(file, 'utf8'));
    expect(rewritten.rows.map((r: { search: string }) => r.search)).toEqual(['duong giao thong']);
  });

  it('answers the rows of a year without reading its full file', async () => {
    const dir = await tempDir();
    await withModels(dir, ['Đường giao thông']);
    // Were the full year read, this would show as a problem and an empty year.
    await writeFile(join(dir, 'years', '2024.json'), '{"schemaVersion":3,"year":20');
    const store = await open(dir);
    expect((await store.yearRows(2024)).map((r) => r.title)).toEqual(['Đường giao thông']);
    expect(store.problems).toEqual([]);
    await store.close();
  });

  it('is not used once the journal holds newer changes to that year: the year itself answers', async () => {
    const dir = await tempDir();
    await withModels(dir, ['Đường giao thông']);
    const store = await open(dir);
    await store.updateYear(2024, (d) => ({ ...d, models: d.models.map((m) => ({ ...m, title: 'Đã sửa' })) }));
    const copy = await tempDir();
    // A fresh start on the folder as it is now (the change only in the journal).
    await cp(dir, copy, {
      recursive: true,
      filter: (src) => !src.includes('.dvk.lock') && !src.includes('backups'),
    });
    await store.close();
    const again = await open(copy);
    expect((await again.yearRows(2024)).map((r) => r.title)).toEqual(['Đã sửa']);
    await again.close();
  });

  describe('the check of the year files at start', () => {
    it('reports a damaged year file at once, in Vietnamese, though that year was never opened', async () => {
      const dir = await tempDir();
      await withModels(dir, ['Đường giao thông']);
      const path = join(dir, 'years', '2024.json');
      const text = await readFile(path, 'utf8');
      // The same size, one byte changed: only a checksum tells.
      await writeFile(path, text.replace('"models":[', '"models":{'));

      const backend = await openBackend(dir);
      const status = await ok(backend, 'storage.status');
      expect(status.problems).toHaveLength(1);
      expect(status.problems[0]).toMatchObject({ kind: 'corrupt', file: 'years/2024.json' });
      expect(status.problems[0]!.reason).toMatch(/không đúng cấu trúc|không phải JSON hợp lệ/);
      expect(await readFile(join(dir, status.problems[0]!.movedTo!), 'utf8')).toBe(
        text.replace('"models":[', '"models":{'),
      );
      await backend.close();
    });

    it('reads no intact year in full, and stamps an index written before stamps existed', async () => {
      const dir = await tempDir();
      await withModels(dir, ['Đường giao thông']);
      const facts = join(dir, 'index', '2024.tong-quan.json');
      const stamped = JSON.parse(await readFile(facts, 'utf8'));
      expect(stamped.snapshot).toMatchObject({ seq: stamped.journalSeq, bytes: expect.any(Number) });
      await writeFile(facts, JSON.stringify({ ...stamped, snapshot: null }));

      let store = await open(dir);
      await store.checkYears(); // no stamp: read in full (intact), and the index stamped again
      expect(store.problems).toEqual([]);
      await store.close();
      await vi.waitFor(async () => expect(JSON.parse(await readFile(facts, 'utf8'))).toEqual(stamped));

      // Intact and stamped: only hashed, not loaded. Damaged afterwards, the year is read when first asked for.
      store = await open(dir);
      await store.checkYears();
      expect(store.problems).toEqual([]);
      await writeFile(join(dir, 'years', '2024.json'), '{"schemaVersion":3,"year":20');
      expect((await store.yearData(2024)).models).toEqual([]);
      expect(store.problems.map((p) => p.file)).toEqual(['years/2024.json']);
      await store.close();
    });
  });
});
