import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/backend/store/atomic-write';
import { useTempDirs } from '../../helpers/temp-dir';

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs();

  it('replaces the content and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('creates missing parent folders', async () => {
    const dir = await tempDir();
    const target = join(dir, 'years', '2023.json');
    await writeFileAtomic(target, '{}');
    expect(await readFile(target, 'utf8')).toBe('{}');
  });

  it('when the rename fails, the target is untouched and the temporary file removed', async () => {
    const dir = await tempDir();
    const target = join(dir, 'occupied');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['occupied']);
  });
});
