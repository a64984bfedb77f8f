import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCopy } from '../../../electron/backend/open-copy';
import { useTempDirs } from '../../helpers/temp-dir';

describe('openCopy (attachments.open on Windows)', () => {
  const tempDir = useTempDirs();

  async function stored(dir: string, id: string, content: string): Promise<string> {
    await mkdir(join(dir, 'attachments'), { recursive: true });
    const source = join(dir, 'attachments', id);
    await writeFile(source, content);
    return source;
  }

  it('opens a copy with the original name and extension, in a folder of its own', async () => {
    const [dataDir, copiesDir] = [await tempDir(), await tempDir()];
    const source = await stored(dataDir, '0b9c1c7e-1111-4c6b-9d3e-3a2f1b0c9d8e', 'nội dung');
    const opened: string[] = [];
    const path = await openCopy({
      source,
      name: 'Báo cáo mô hình.docx',
      copiesDir,
      open: async (p) => void opened.push(p),
    });
    expect(path).toBe(join(copiesDir, '0b9c1c7e-1111-4c6b-9d3e-3a2f1b0c9d8e', 'Báo cáo mô hình.docx'));
    expect(opened).toEqual([path]);
    expect(await readFile(path, 'utf8')).toBe('nội dung');
  });

  it('two attachments with the same name do not overwrite each other', async () => {
    const [dataDir, copiesDir] = [await tempDir(), await tempDir()];
    const open = async () => undefined;
    const a = await openCopy({ source: await stored(dataDir, 'a', 'A'), name: 'x.pdf', copiesDir, open });
    const b = await openCopy({ source: await stored(dataDir, 'b', 'B'), name: 'x.pdf', copiesDir, open });
    expect([await readFile(a, 'utf8'), await readFile(b, 'utf8')]).toEqual(['A', 'B']);
  });

  it('a busy copy that was never made is an error, not a silent success', async () => {
    const [dataDir, copiesDir] = [await tempDir(), await tempDir()];
    const promise = openCopy({
      source: await stored(dataDir, 'a', 'A'),
      name: 'x.docx',
      copiesDir,
      open: async () => undefined,
      copy: async () => {
        throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
      },
    });
    await expect(promise).rejects.toMatchObject({ code: 'EPERM' });
  });

  it('opens the earlier copy again when it cannot be replaced (still open in Word)', async () => {
    const [dataDir, copiesDir] = [await tempDir(), await tempDir()];
    const source = await stored(dataDir, 'a', 'A');
    const open = async () => undefined;
    const first = await openCopy({ source, name: 'x.docx', copiesDir, open });
    const opened: string[] = [];
    const again = await openCopy({
      source,
      name: 'x.docx',
      copiesDir,
      open: async (p) => void opened.push(p),
      copy: async () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      },
    });
    expect(opened).toEqual([first]);
    expect(again).toBe(first);
    expect(await readFile(first, 'utf8')).toBe('A');
  });

  it('says in Vietnamese that the stored file is gone', async () => {
    const [dataDir, copiesDir] = [await tempDir(), await tempDir()];
    const promise = openCopy({
      source: join(dataDir, 'missing'),
      name: 'x.pdf',
      copiesDir,
      open: async () => undefined,
    });
    await expect(promise).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Tệp “x.pdf” không còn trong thư mục dữ liệu.',
    });
  });
});
