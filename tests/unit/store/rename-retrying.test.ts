import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renameRetrying } from '../../../electron/backend/store/rename-retrying';
import { useTempDirs } from '../../helpers/temp-dir';

const failure = (code: string) => Object.assign(new Error(`${code}: rename`), { code });

describe('renameRetrying', () => {
  const tempDir = useTempDirs();

  it('rides out a rename that Windows refuses for a moment (antivirus, indexer)', async () => {
    const dir = await tempDir();
    const [from, to] = [join(dir, '.a.tmp'), join(dir, 'a.json')];
    await writeFile(from, 'mới');
    await writeFile(to, 'cũ');
    const codes = ['EPERM', 'EBUSY', 'EACCES'];
    let attempts = 0;
    await renameRetrying(from, to, {
      delays: [0, 0, 0, 0],
      rename: async (a, b) => {
        attempts++;
        const code = codes.shift();
        if (code) throw failure(code);
        await rename(a, b);
      },
    });
    expect(attempts).toBe(4);
    expect(await readFile(to, 'utf8')).toBe('mới');
  });

  it('gives up with the last error when the target stays locked', async () => {
    let attempts = 0;
    const promise = renameRetrying('a', 'b', {
      delays: [0, 0],
      rename: async () => {
        attempts++;
        throw failure('EBUSY');
      },
    });
    await expect(promise).rejects.toMatchObject({ code: 'EBUSY' });
    expect(attempts).toBe(3);
  });

  it('does not retry other failures', async () => {
    let attempts = 0;
    const promise = renameRetrying('a', 'b', {
      delays: [0, 0],
      rename: async () => {
        attempts++;
        throw failure('ENOSPC');
      },
    });
    await expect(promise).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(attempts).toBe(1);
  });
});
