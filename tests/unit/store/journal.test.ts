import { appendFile, cp, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataStore } from '../../../electron/backend/store/data-store';
import { readDataFolder } from '../../../electron/backend/store/data-folder';
import { decodeRecord, encodeRecord } from '../../../electron/backend/store/journal';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const SEGMENT = '000000000001.jsonl';

describe('the journal', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string) => DataStore.open({ dataDir, clock: manualClock().now });
  const setOrg = (store: DataStore, orgName: string) =>
    store.updateMain((d) => ({ ...d, settings: { ...d.settings, orgName } }));

  /** The data folder as a crash would leave it (nothing compacted at close), in a new folder. */
  async function crashCopy(dir: string, store: DataStore): Promise<string> {
    const copy = await tempDir();
    await cp(dir, copy, {
      recursive: true,
      filter: (src) => !src.endsWith('.dvk.lock') && !src.includes('backups'),
    });
    await store.close();
    return copy;
  }

  async function journalLines(dir: string): Promise<string[]> {
    const text = await readFile(join(dir, 'journal', SEGMENT), 'utf8');
    return text.split('\n').filter(Boolean);
  }

  it('appends one readable, checksummed line per change holding only what changed', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await setOrg(store, 'BAN DÂN VẬN');
    await store.transact(
      (tx) => tx.setMain({ ...tx.main, settings: { ...tx.main.settings, signerName: 'Nguyễn Văn A' } }),
      {
        label: 'settings.update',
      },
    );
    const lines = await journalLines(dir);
    expect(lines).toHaveLength(2);
    const second = JSON.parse(lines[1]!);
    expect(second.sum).toMatch(/^[0-9a-f]{64}$/);
    expect(second.tx).toMatchObject({
      seq: 2,
      at: new Date('2026-11-29T08:00:00').toISOString(),
      label: 'settings.update',
      changes: { 'office.json': { in: { settings: { set: { signerName: 'Nguyễn Văn A' } } } } },
    });
    expect(decodeRecord(lines[1]!)).toEqual(second.tx);
    expect(decodeRecord(lines[1]!.replace('Nguyễn', 'Nguyen'))).toBeNull();
    await store.close();
  });

  it('drops a last record cut short by a power cut: it was never answered', async () => {
    let dir = await tempDir();
    const store = await open(dir);
    await setOrg(store, 'MỘT');
    await setOrg(store, 'HAI');
    dir = await crashCopy(dir, store);
    const path = join(dir, 'journal', SEGMENT);
    const whole = await readFile(path);
    await truncate(path, whole.length - 7);

    const again = await open(dir);
    expect(again.mainData.settings.orgName).toBe('MỘT');
    expect(again.problems).toEqual([]);
    await setOrg(again, 'BA'); // appended after the cut, not glued to the torn bytes
    await again.close();
    const third = await open(dir);
    expect(third.mainData.settings.orgName).toBe('BA');
    await third.close();
  });

  it('drops a last record whose checksum fails', async () => {
    let dir = await tempDir();
    const store = await open(dir);
    await setOrg(store, 'MỘT');
    dir = await crashCopy(dir, store);
    const line = encodeRecord({ seq: 2, at: '2026-11-29T01:00:00.000Z', changes: {} }).replace(
      '"seq":2',
      '"seq":3',
    );
    await appendFile(join(dir, 'journal', SEGMENT), line);
    const again = await open(dir);
    expect(again.mainData.settings.orgName).toBe('MỘT');
    expect(again.problems).toEqual([]);
    await again.close();
  });

  it('reports a damaged record in the middle, keeps the journal aside and applies only what came before', async () => {
    let dir = await tempDir();
    const store = await open(dir);
    for (const name of ['MỘT', 'HAI', 'BA']) await setOrg(store, name);
    dir = await crashCopy(dir, store);
    const path = join(dir, 'journal', SEGMENT);
    const original = await readFile(path, 'utf8');
    const lines = original.split('\n');
    lines[1] = lines[1]!.replace('HAI', 'HAJ');
    await writeFile(path, lines.join('\n'));

    const again = await open(dir);
    expect(again.mainData.settings.orgName).toBe('MỘT');
    expect(again.problems).toHaveLength(1);
    expect(again.problems[0]).toMatchObject({ file: 'journal' });
    expect(again.problems[0]!.reason).toMatch(
      /bản ghi thứ 2 .* bị hỏng; các thay đổi sau đó không được áp dụng/,
    );
    expect(await readFile(join(dir, again.problems[0]!.movedTo!), 'utf8')).toBe(lines.join('\n'));
    await setOrg(again, 'BỐN');
    await again.close();
    const third = await open(dir);
    expect(third.mainData.settings.orgName).toBe('BỐN');
    // The notice stays until the user restores or dismisses it.
    expect(third.problems).toEqual(again.problems);
    await third.dismissProblems();
    await third.close();
    const fourth = await open(dir);
    expect(fourth.problems).toEqual([]);
    await fourth.close();
  });

  it('never applies a whole, checksummed record of the wrong shape: reported and kept aside, even as the last line', async () => {
    for (const at of [1, 2]) {
      let dir = await tempDir();
      const store = await open(dir);
      for (const name of ['MỘT', 'HAI', 'BA']) await setOrg(store, name);
      dir = await crashCopy(dir, store);
      const lines = await journalLines(dir);
      // Parses, and its checksum is right: only its shape is wrong (a change to a file the store has not).
      lines[at] = encodeRecord({
        seq: at + 1,
        at: new Date().toISOString(),
        changes: { '../ngoai.json': { set: { orgName: 'LẠ' } } },
      }).trimEnd();
      expect(JSON.parse(lines[at]!).tx.changes).toBeDefined();
      await writeFile(join(dir, 'journal', SEGMENT), `${lines.join('\n')}\n`);

      const again = await open(dir);
      expect(again.mainData.settings.orgName).toBe(at === 1 ? 'MỘT' : 'HAI');
      expect(again.problems).toHaveLength(1);
      expect(again.problems[0]!.reason).toMatch(
        new RegExp(`bản ghi thứ ${at + 1} .* bị hỏng; các thay đổi sau đó không được áp dụng`),
      );
      expect(await readFile(join(dir, again.problems[0]!.movedTo!), 'utf8')).toBe(`${lines.join('\n')}\n`);
      await again.close();
    }
    expect(decodeRecord(encodeRecord({ seq: 0, at: '', changes: {} }).trimEnd())).toBeNull();
    expect(
      decodeRecord(
        encodeRecord({
          seq: 1,
          at: '',
          changes: { 'years/2024.json': { lists: { models: { upsert: [{}] } } } },
        }).trimEnd(),
      ),
    ).toBeNull();
  });

  it('compaction writes the snapshots with the last record they hold and then removes the old segments', async () => {
    const dir = await tempDir();
    const store = await DataStore.open({ dataDir: dir, clock: manualClock().now, compactBytes: 2000 });
    for (let i = 0; i < 30; i++) await setOrg(store, `Tên ${i} ${'x'.repeat(100)}`);
    await store.compact();
    const segments = await readdir(join(dir, 'journal'));
    expect(segments).toHaveLength(1);
    expect(segments[0]).not.toBe(SEGMENT);
    const office = JSON.parse(await readFile(join(dir, 'office.json'), 'utf8'));
    expect(office.settings.orgName).toMatch(/^Tên 29 /);
    expect(office.journalSeq).toBe(30);
    await setOrg(store, 'SAU');
    await store.close();
    expect((await readDataFolder(dir)).main?.settings.orgName).toBe('SAU');
  });
});
