// Starts the packaged app as the office will run it (release/win-unpacked/DanVanKheo.exe: app.asar checked against
// the hash in the .exe, the fuses flipped) on a fresh data folder, and checks that its backend opened that folder
// from inside app.asar in a process of its own, then closes its window as a user would and checks that the folder
// lock was released. Playwright cannot drive this build (the fuses refuse the inspector it needs), so this looks
// only at what the app leaves in its data folder. Windows only; run after `npm run dist`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const exe = join('release', 'win-unpacked', 'DanVanKheo.exe');
if (!existsSync(exe)) throw new Error(`Không thấy ${exe}: hãy chạy "npm run dist" trước.`);
const dataDir = mkdtempSync(join(tmpdir(), 'dvk-ban-dong-goi-'));
const lockFile = join(dataDir, '.dvk.lock', 'owner.json');
const appLog = join(dataDir, 'logs', 'app.log');
const mainLog = join(dataDir, 'logs', 'main.log');

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

async function until(what, test, seconds) {
  for (let waited = 0; waited < seconds * 2; waited++) {
    if (test()) return;
    await sleep(500);
  }
  throw new Error(`Sau ${seconds} giây vẫn chưa thấy: ${what}`);
}

/** An unexpected error, as electron/backend/log/logger.ts writes it: `<ISO time> ERROR <context>`. */
const ERROR_LINE = /^\S+Z ERROR /m;

const app = spawn(exe, [], { env: { ...process.env, DVK_DATA_DIR: dataDir }, stdio: 'ignore' });
// 'error' (the .exe could not be started) comes without 'exit': either ends the wait, so `await exited` cannot hang.
const exited = new Promise((resolve) => {
  app.once('exit', resolve);
  app.once('error', (error) => resolve(`không chạy được: ${error.message}`));
});
try {
  await until(
    'nhật ký khởi động của tiến trình chính',
    () => read(mainLog).includes(`Khởi động ${version}: Electron`),
    60,
  );
  await until(
    'dữ liệu được mở trong tiến trình riêng',
    () => read(appLog).includes(`Khởi động ${version} (electron)`),
    60,
  );
  await until('khóa thư mục dữ liệu', () => existsSync(lockFile), 30);
  const owner = JSON.parse(readFileSync(lockFile, 'utf8')).pid;
  if (owner === app.pid)
    throw new Error('Khóa thư mục dữ liệu do tiến trình chính giữ, không phải tiến trình dữ liệu.');
  // The page's early script asks for settings, catalogues and the dashboard before the app's own code loads,
  // so those calls prove nothing about app.asar's bundle; storage.status is asked only by the shell's
  // StorageProblemsBanner, i.e. once the app's code has loaded and rendered. Then close the window as a user
  // would (WM_CLOSE, no /F): the app must quit with code 0 and release the folder.
  await until(
    'giao diện của ứng dụng gọi dữ liệu',
    () => /Z (INFO |WARN ) storage\.status \d+ ms /.test(read(appLog)),
    60,
  );
  await sleep(2000);
  spawnSync('taskkill', ['/PID', String(app.pid)], { stdio: 'inherit' });
  const code = await Promise.race([exited, sleep(30_000).then(() => 'chưa thoát')]);
  if (code === 'chưa thoát') throw new Error('Đóng cửa sổ mà ứng dụng không thoát sau 30 giây.');
  if (code !== 0) throw new Error(`Ứng dụng thoát với mã ${code}, không phải 0.`);
  for (const [name, file] of [
    ['app.log', appLog],
    ['main.log', mainLog],
  ]) {
    if (ERROR_LINE.test(read(file))) throw new Error(`${name} có dòng ERROR.`);
  }
  if (existsSync(lockFile)) throw new Error('Ứng dụng đã thoát nhưng chưa nhả khóa thư mục dữ liệu.');
  console.log(
    `Bản đóng gói ${version} chạy được: dữ liệu mở trong tiến trình riêng (pid ${owner}), đóng thì nhả khóa.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`--- main.log ---\n${read(mainLog)}\n--- app.log ---\n${read(appLog)}`);
  process.exitCode = 1;
} finally {
  if (app.exitCode === null && app.signalCode === null)
    spawnSync('taskkill', ['/PID', String(app.pid), '/T', '/F'], { stdio: 'inherit' });
  await exited;
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
}
