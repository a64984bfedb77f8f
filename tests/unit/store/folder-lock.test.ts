import { spawn } from 'node:child_process';
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataStore } from '../../../electron/backend/store/data-store';
import { DataFolderLockedError, LOCK_DIR } from '../../../electron/backend/store/folder-lock';
import { storedMain } from '../../helpers/stored-data';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const setOrg = (store: DataStore, orgName: string) =>
  store.updateMain((d) => ({ ...d, settings: { ...d.settings, orgName } }));

/** Another program on this machine: running (`live`) or already exited. */
async function otherProcess(live: boolean): Promise<{ pid: number; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', live ? 'setTimeout(() => {}, 60000)' : '']);
  if (!live) await new Promise((resolve) => child.once('exit', resolve));
  return { pid: child.pid!, stop: () => child.kill() };
}

/** A lock as another session leaves it in the folder, touched `ageMs` ago. */
async function leaveLock(dataDir: string, owner: { pid: number; host: string }, ageMs = 0) {
  const dir = join(dataDir, LOCK_DIR);
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'owner.json');
  const since = new Date(Date.now() - ageMs);
  await writeFile(file, JSON.stringify({ ...owner, since: since.toISOString(), token: 'phien-khac' }));
  await utimes(file, since, since);
  await utimes(dir, since, since);
}

describe('the data folder lock', () => {
  const tempDir = useTempDirs();
  const stops: Array<() => void> = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  const open = (dataDir: string) => DataStore.open({ dataDir, clock: manualClock().now });

  it('takes over at once a lock whose process on this machine is gone (restart after a crash)', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    await setOrg(first, 'BAN DÂN VẬN');
    const gone = await otherProcess(false);
    await leaveLock(dir, { pid: gone.pid, host: hostname() });
    const store = await open(dir);
    expect(store.mainData.settings.orgName).toBe('BAN DÂN VẬN');
    await setOrg(store, 'BAN DÂN VẬN HUYỆN');
    await store.close();
  });

  it('refuses, in plain Vietnamese and offering to try again, while the owner still runs', async () => {
    const dir = await tempDir();
    const live = await otherProcess(true);
    stops.push(live.stop);
    await leaveLock(dir, { pid: live.pid, host: hostname() });
    const refusal = await open(dir).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataFolderLockedError);
    expect((refusal as Error).message).toMatch(
      new RegExp(
        `^Thư mục dữ liệu ".*" đang được một cửa sổ Dân vận khéo khác sử dụng \\(mở lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\)\\. ` +
          'Hãy chuyển sang cửa sổ đó, hoặc đóng nó rồi mở lại \\(thử lại\\)\\.',
      ),
    );
    live.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const store = await open(dir);
    await store.close();
  });

  it("waits for another machine's lock until it has not been touched for 30 s", async () => {
    const dir = await tempDir();
    await leaveLock(dir, { pid: 1, host: 'MAY-KHAC' }, 5_000);
    await expect(open(dir)).rejects.toThrow(/trên máy "MAY-KHAC"/);
    await leaveLock(dir, { pid: 1, host: 'MAY-KHAC' }, 60_000);
    const store = await open(dir);
    await store.close();
  });

  it('stops writing at once when another session took the folder over, and keeps what it saved', async () => {
    const dir = await tempDir();
    const paused = await open(dir);
    await setOrg(paused, 'ĐÃ LƯU');
    // While this session was paused, another one judged its lock abandoned and took the folder.
    await rm(join(dir, LOCK_DIR), { recursive: true });
    const other = await open(dir);
    expect(other.mainData.settings.orgName).toBe('ĐÃ LƯU');

    await expect(setOrg(paused, 'GHI ĐÈ')).rejects.toMatchObject({
      code: 'DATA_UNAVAILABLE',
      message: expect.stringMatching(/^Cửa sổ này không còn giữ thư mục dữ liệu/),
    });
    expect(paused.mainData.settings.orgName).toBe('ĐÃ LƯU');
    await setOrg(other, 'PHIÊN MỚI');
    await expect(setOrg(paused, 'GHI ĐÈ')).rejects.toMatchObject({ code: 'DATA_UNAVAILABLE' });
    await paused.close();
    expect((await storedMain(dir))?.settings.orgName).toBe('PHIÊN MỚI');
    // Closing the session that lost its lock leaves the new owner's lock alone.
    await expect(open(dir)).rejects.toBeInstanceOf(DataFolderLockedError);
    await other.close();
  });
});
