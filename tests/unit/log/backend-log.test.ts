import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, openBackend, refused } from '../../helpers/backend';
import { useTempDirs } from '../../helpers/temp-dir';

async function logText(dataDir: string): Promise<string> {
  return readFile(join(dataDir, 'logs', 'app.log'), 'utf8');
}

describe('the backend log (logs/app.log in the data folder)', () => {
  const tempDir = useTempDirs();

  it('has one line per channel call with its outcome, and never the user’s input', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    try {
      await ok(backend, 'settings.update', { orgName: 'BAN DÂN VẬN BÍ MẬT' });
      await refused(backend, 'settings.update', { yearInUse: 1 });
      expect(await backend.handle('no.such', { orgName: 'BÍ MẬT KHÁC' })).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    } finally {
      await backend.close();
    }
    const lines = (await logText(dataDir)).trimEnd().split('\n');
    expect(lines[0]).toMatch(/ INFO {2}Khởi động 0\.0\.0-test \(http\)$/);
    expect(lines[1]).toMatch(/ INFO {2}settings\.update \d+ ms ok$/);
    expect(lines[2]).toMatch(/ WARN {2}settings\.update \d+ ms VALIDATION$/);
    expect(lines[3]).toMatch(/ WARN {2}\(kênh không có\) \d+ ms UNKNOWN_CHANNEL$/);
    expect(lines).toHaveLength(4);
    expect(await logText(dataDir)).not.toContain('BÍ MẬT');
  });

  it('app.reportError writes the page’s error with its stack and screen', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    try {
      await ok(backend, 'app.reportError', {
        source: 'render',
        message: 'Cannot read properties of undefined',
        stack: 'TypeError: Cannot read properties of undefined\n    at ModelList (index.js:1:2)',
        route: '#/mo-hinh',
      });
    } finally {
      await backend.close();
    }
    const text = await logText(dataDir);
    expect(text).toMatch(
      / ERROR renderer render #\/mo-hinh\n {4}TypeError: Cannot read properties of undefined\n {8}at ModelList \(index\.js:1:2\)\n/,
    );
  });

  it('app.info names the data folder and its log folder', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    try {
      expect(await ok(backend, 'app.info')).toEqual({
        version: '0.0.0-test',
        transport: 'http',
        dataDir,
        logDir: join(dataDir, 'logs'),
      });
    } finally {
      await backend.close();
    }
  });

  it('app.openLogFolder and app.openDataFolder in the preview answer the folder without opening anything', async () => {
    const dataDir = await tempDir();
    const backend = await openBackend(dataDir);
    try {
      expect(await ok(backend, 'app.openLogFolder')).toEqual({ path: join(dataDir, 'logs'), opened: false });
      expect(await ok(backend, 'app.openDataFolder')).toEqual({ path: dataDir, opened: false });
    } finally {
      await backend.close();
    }
  });
});
