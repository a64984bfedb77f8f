import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ok, openBackend } from '../../helpers/backend';
import { DataStore } from '../../../electron/backend/store/data-store';
import { readYearIndex, yearIndexOf, type YearIndex } from '../../../electron/backend/store/year-index';
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
    const text = await readFile(join(dir, 'index', '2024.json'), 'utf8');
    const index = JSON.parse(text);
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
        'status',
        'title',
        'unitId',
        'updatedAt',
        'year',
      ].sort(),
    );
    expect(index.rows[0].id).toBe(first!.id);
    expect(index.search.text).toEqual(['duong giao thong', 'nuoc sach']);
    expect(index.links.id).toEqual(index.rows.map((r: { id: string }) => r.id));
    // One line each for the header, the search and links sections, the rows' opening, and each row.
    expect(text.split('\n')).toHaveLength(4 + 2 + 1);
  });

  it('reads back what it wrote: rows, search text, units, links, trash and origins', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const other = '00000000-0000-4000-8000-000000000002';
    const [a, b, c, d] = [
      // Text a line-by-line reader could trip on: a newline, quotes, a comma and a bracket, letters of
      // two, three and four bytes.
      modelRecord({ unitId: UNIT, fieldId: FIELD, year: 2024, title: 'Đường "A",\n]} 𝕏 thôn Nà' }),
      modelRecord({ unitId: other, fieldId: FIELD, year: 2024, title: 'Nước sạch', origin: 'Huyện Chợ Đồn' }),
      modelRecord({
        unitId: UNIT,
        fieldId: FIELD,
        year: 2024,
        title: 'Đã xóa',
        deletedAt: '2024-02-01T00:00:00.000Z',
      }),
      modelRecord({ unitId: other, fieldId: FIELD, year: 2024, title: 'Nhân rộng', origin: 'Huyện Chợ Đồn' }),
    ];
    const models = [a!, b!, c!, { ...d!, previousId: a!.id, replicatesId: b!.id }];
    await store.updateYear(2024, (y) => ({ ...y, models }));
    await store.close();

    const read = await readYearIndex(dir, 2024);
    expect(read).not.toBeNull();
    const index = read!.index;
    const made = yearIndexOf(models);
    expect(index.size).toBe(4);
    const all = (ix: YearIndex) => ({
      rows: Array.from({ length: ix.size }, (_, i) => ix.row(i)),
      units: Array.from({ length: ix.size }, (_, i) => ix.unitId(i)),
      search: ix.search,
      trashed: [...ix.trashed],
      origins: ix.origins,
      links: ix.links(),
    });
    expect(all(index)).toEqual(all(made));
    expect(all(index)).toMatchObject({
      units: [UNIT, other, UNIT, other],
      trashed: [2],
      origins: ['Huyện Chợ Đồn'],
      links: { previousId: [null, null, null, a!.id], replicatesId: [null, null, null, b!.id] },
    });
    expect(index.search[0]).toBe('duong "a", ]} 𝕏 thon na');
  });

  it('is read again from the year when written in an older layout, cut short or patched, and rewritten', async () => {
    const dir = await tempDir();
    await withModels(dir, ['Đường giao thông', 'Nước sạch']);
    const file = join(dir, 'index', '2024.json');
    const good = await readFile(file, 'utf8');
    const index = JSON.parse(good);
    const older = JSON.stringify({
      journalSeq: index.journalSeq,
      rows: index.rows.map((r: object, i: number) => ({ ...r, title: 'Cũ', search: index.search.text[i] })),
    });
    // A row one byte longer than its stated length, and a file cut in its last row.
    const patched = good.replace('"title":"Nước sạch"', '"title":"Nước sạchh"');
    const cut = good.slice(0, good.length - 10);
    for (const bad of [older, patched, cut]) {
      await writeFile(file, bad);
      const store = await open(dir);
      const read = await store.yearIndex(2024);
      expect([0, 1].map((i) => [read.row(i).title, read.search[i]])).toEqual([
        ['Đường giao thông', 'duong giao thong'],
        ['Nước sạch', 'nuoc sach'],
      ]);
      await store.close();
      await vi.waitFor(async () => expect(await readFile(file, 'utf8')).toBe(good));
    }
  });

  it('is dropped when a row read late turns out damaged: a Vietnamese refusal, then the year answers', async () => {
    const dir = await tempDir();
    await withModels(dir, ['Đường giao thông', 'Nước sạch']);
    const file = join(dir, 'index', '2024.json');
    const good = await readFile(file, 'utf8');
    // The same length, so the layout adds up and the damage shows only when that row is parsed.
    const damaged = good.replace('"title":"Nước sạch"', '"title":xNước sạch"');
    expect(damaged.length).toBe(good.length);
    await writeFile(file, damaged);
    const store = await open(dir);
    const first = await store.yearIndex(2024);
    expect(first.row(0).title).toBe('Đường giao thông');
    expect(() => first.row(1)).toThrow(
      expect.objectContaining({
        code: 'DATA_UNAVAILABLE',
        message:
          'Chỉ mục tìm kiếm của năm 2024 bị hỏng nên đã được bỏ đi; dữ liệu năm vẫn nguyên vẹn. Hãy thử lại.',
      }),
    );
    const again = await store.yearIndex(2024);
    expect([0, 1].map((i) => again.row(i).title)).toEqual(['Đường giao thông', 'Nước sạch']);
    expect(store.problems).toEqual([]);
    await vi.waitFor(async () => expect(await readFile(file, 'utf8')).toBe(good));
    await store.close();
  });

  it('answers the rows of a year without reading its full file', async () => {
    const dir = await tempDir();
    await withModels(dir, ['Đường giao thông']);
    // Were the full year read, this would show as a problem and an empty year.
    await writeFile(join(dir, 'years', '2024.json'), '{"schemaVersion":3,"year":20');
    const store = await open(dir);
    expect((await store.yearIndex(2024)).row(0).title).toBe('Đường giao thông');
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
    expect((await again.yearIndex(2024)).row(0).title).toBe('Đã sửa');
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
