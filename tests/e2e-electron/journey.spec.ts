import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { createRound, enterTotals, members, setUpOffice, type Office } from '../e2e/evaluation-setup';
import { flat, pdfText } from '../e2e/pdf';
import {
  answerSaveDialog,
  bridgeCall,
  electronForTests,
  go,
  openApp,
  openedPaths,
  recordOpenedPaths,
  SKIP_REASON,
} from './electron-app';

const executablePath = electronForTests();
test.skip(!executablePath, SKIP_REASON);

const TITLE = 'Nhà văn hóa thôn Nà Làng tự quản';

/**
 * The office's day in the real desktop app (Electron, the backend in its utility process): settings, a
 * registration, an attachment opened with its own program, a round scored and finalised, "Xuất PDF" of its
 * summary, and a restart that keeps everything. The system dialogs and Windows' "open with" are the only
 * stand-ins: a test cannot click them, so the main process's `dialog.showSaveDialog` and `shell.openPath`
 * answer as the user would.
 */
test.describe.serial('hành trình trên ứng dụng Electron', () => {
  let dataDir: string;
  let outDir: string;
  let app: ElectronApplication;
  let page: Page;
  let office: Office;
  let roundId: string;

  const start = async () => {
    ({ app, page } = await openApp(executablePath!, dataDir));
  };

  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dvk-e2e-hanh-trinh-'));
    outDir = await mkdtemp(join(tmpdir(), 'dvk-e2e-tep-ra-'));
    await start();
  });

  test.afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  });

  test('Cài đặt: lưu thông tin cơ quan', async () => {
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await page.getByLabel('Tên cơ quan').fill('Ban Dân vận');
    await page.getByLabel('Năm làm việc').fill('2023');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Đã lưu cài đặt cơ quan.')).toBeVisible();
    office = await setUpOffice({ call: bridgeCall(page) });
  });

  test('đăng ký một mô hình trên biểu mẫu', async () => {
    await go(page, '#/mo-hinh/dang-ky');
    await page.getByLabel('Tên mô hình').fill(TITLE);
    await page.getByLabel('Đơn vị đăng ký', { exact: true }).fill('hoang tri');
    await page.keyboard.press('Enter');
    await page.getByLabel('Lĩnh vực', { exact: true }).fill('kinh te');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  });

  test('“Mở” tệp đính kèm: một bản sao mang đúng tên tệp, để Windows chọn chương trình theo đuôi tệp', async () => {
    const modelId = /#\/mo-hinh\/2023\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await bridgeCall(page)('attachments.add', {
      ref: { year: 2023, id: modelId },
      name: 'Biên bản họp thôn.docx',
      dataBase64: Buffer.from('nội dung biên bản').toString('base64'),
    });
    await recordOpenedPaths(app);
    await page.reload();
    await page.getByRole('button', { name: 'Mở', exact: true }).click();
    await expect.poll(() => openedPaths(app)).toHaveLength(1);
    const [opened] = await openedPaths(app);
    expect(basename(opened!)).toBe('Biên bản họp thôn.docx');
    expect(await readFile(opened!, 'utf8')).toBe('nội dung biên bản');
  });

  test('một đợt đánh giá được chấm điểm và chốt kết quả', async () => {
    const call = bridgeCall(page);
    roundId = await createRound({ call }, office);
    await enterTotals({ call }, office, roundId, { a: [92, 94, 90], b: [80, 75.5, 70], c: [50, 55, 60] });
    const round = await call('rounds.finalise', { year: 2023, roundId, note: '' });
    expect(round.status).toBe('finalised');
  });

  test('“Xuất PDF” bảng tổng hợp: tệp A4 ngang, chữ đọc được', async () => {
    const file = join(outDir, 'Bang-tong-hop.pdf');
    await answerSaveDialog(app, file);
    await go(page, `#/in/bang-tong-hop/2023/${roundId}`);
    await expect(page.locator('.print-root[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    await expect(page.getByText(`Đã lưu ${file}`)).toBeVisible();
    expect(existsSync(file)).toBe(true);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+841\.\d+ x 59[45]\.\d+ pts/,
    );
    const text = flat(pdfText(file, false));
    expect(text).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM');
    for (const name of members) expect(text).toContain(name);
  });

  test('khởi động lại: dữ liệu còn nguyên', async () => {
    await app.close();
    await start();
    const call = bridgeCall(page);
    expect((await call('settings.get')).orgName).toBe('Ban Dân vận');
    await go(page, '#/mo-hinh');
    await expect(page.getByText(TITLE)).toBeVisible();
    const round = await call('rounds.get', { year: 2023, roundId });
    expect(round.status).toBe('finalised');
  });
});
