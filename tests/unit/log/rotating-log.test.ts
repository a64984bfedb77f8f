import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/backend/log/logger';
import { RotatingLog } from '../../../electron/backend/log/rotating-log';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

describe('RotatingLog', () => {
  const tempDir = useTempDirs();

  it('appends lines to <name>.log, creating the folder', async () => {
    const dir = join(await tempDir(), 'logs');
    const log = new RotatingLog({ dir, name: 'app' });
    log.write('một');
    log.write('hai\n');
    expect(await readFile(join(dir, 'app.log'), 'utf8')).toBe('một\nhai\n');
  });

  it('continues an existing file after a restart', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'app.log'), 'cũ\n');
    new RotatingLog({ dir, name: 'app' }).write('mới');
    expect(await readFile(join(dir, 'app.log'), 'utf8')).toBe('cũ\nmới\n');
  });

  it('rotates when full and keeps at most `files` files, newest first', async () => {
    const dir = await tempDir();
    const log = new RotatingLog({ dir, name: 'app', maxBytes: 20, files: 3 });
    for (let n = 1; n <= 8; n++) log.write(`dòng số ${n}`); // 11–12 bytes each: one line per file
    expect((await readdir(dir)).sort()).toEqual(['app.1.log', 'app.2.log', 'app.log']);
    expect(await readFile(join(dir, 'app.log'), 'utf8')).toBe('dòng số 8\n');
    expect(await readFile(join(dir, 'app.1.log'), 'utf8')).toBe('dòng số 7\n');
    expect(await readFile(join(dir, 'app.2.log'), 'utf8')).toBe('dòng số 6\n');
  });

  it('a log that cannot be written drops the line instead of throwing', async () => {
    const dir = await tempDir();
    // A folder where the file should be: every append fails.
    await mkdir(join(dir, 'app.log'));
    const log = new RotatingLog({ dir, name: 'app' });
    expect(() => log.write('x')).not.toThrow();
  });
});

describe('createLogger', () => {
  const tempDir = useTempDirs();

  it('writes a call line with time, channel, duration and outcome, and errors with their stack', async () => {
    const dir = await tempDir();
    const clock = manualClock('2026-12-01T04:00:00.000Z');
    const logger = createLogger(new RotatingLog({ dir, name: 'app' }), clock.now);
    logger.call('models.create', 12, 'ok');
    logger.call('models.update', 3, 'VALIDATION');
    const error = new Error('hỏng');
    error.stack = 'Error: hỏng\n    at thu (a.ts:1:1)';
    logger.error('models.trash\nthêm dòng', error);
    expect(await readFile(join(dir, 'app.log'), 'utf8')).toBe(
      '2026-12-01T04:00:00.000Z INFO  models.create 12 ms ok\n' +
        '2026-12-01T04:00:00.000Z WARN  models.update 3 ms VALIDATION\n' +
        '2026-12-01T04:00:00.000Z ERROR models.trash thêm dòng\n' +
        '    Error: hỏng\n' +
        '        at thu (a.ts:1:1)\n',
    );
  });
});
