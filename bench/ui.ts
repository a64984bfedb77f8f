/**
 * `npm run bench:ui`: what the clerk feels, in Debian's Chromium against the built preview (`npm run build`
 * first) on a province-size data folder. Prints min/median/max milliseconds of a few runs of each:
 * - cold start: a fresh browser profile opens the app until "Tổng quan" shows its figures and a chart, and
 *   until every chart is drawn;
 * - search: typing "duong giao thong" in "Tìm kiếm" until the list says it found fewer models, beside the same
 *   typing into a bare input (what Playwright's key presses cost by themselves); and each key on its own, from
 *   the press (the box focused first) until the list shows that prefix's count and first row, for the year in
 *   use and for every year, beside the same presses and waits on a bare page;
 * - save: "Lưu" on an edited model until "Đã lưu mô hình." shows;
 * - score cell: Tab out of a typed score in a round's grid until the cell is marked saved;
 * each of these two beside the same steps on a bare page that answers at once (Playwright's own cost).
 * A benchmark, not a test: nothing here fails on a slow number.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser';
import { freePort, previewCall, startServer, stopServer } from '../tests/e2e/preview-app';
import { PROVINCE, writeStoreDataset } from './store-dataset';

const RUNS = Number(process.env.DVK_BENCH_RUNS ?? 3);
/** `-- --chi-khoi-dong` measures only the cold start. */
const coldStartOnly = process.argv.includes('--chi-khoi-dong');
/**
 * `-- --so-voi=DIR,DIR`: the cold start of other built copies of the app too (a worktree after `npm run build`),
 * each served from its own copy of the data.
 */
const others = (process.argv.find((a) => a.startsWith('--so-voi='))?.slice('--so-voi='.length) ?? '')
  .split(',')
  .filter(Boolean);
const QUERY = 'duong giao thong';
const YEAR = PROVINCE.roundYear;

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** A page in a fresh browser context: no cache, no storage. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  return context.newPage();
}

/** Each run in a fresh browser context (no cache, no storage), the page set up by `before` untimed. */
async function measure(
  browser: Browser,
  before: (page: Page) => Promise<void>,
  task: (page: Page, run: number) => Promise<unknown>,
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await freshPage(browser);
    await before(page);
    times.push(await timed(() => task(page, run)));
    await page.context().close();
  }
  return times;
}

function line(work: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(0).padStart(6);
  return `| ${work} | ${fmt(sorted[0]!)} | ${fmt(sorted[Math.floor(sorted.length / 2)]!)} | ${fmt(sorted.at(-1)!)} |`;
}

/**
 * A preview of another build, on its own copy of the data (a data folder takes one process), set up alike. The
 * copy (a province's data) goes again if the preview cannot be started or set up.
 */
async function startOther(dir: string, dataDir: string, token: string) {
  const copy = await mkdtemp(join(tmpdir(), 'dvk-bench-ui-'));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const stop = async () => {
    if (server) await stopServer(server);
    await rm(copy, { recursive: true, force: true });
  };
  try {
    await cp(dataDir, copy, { recursive: true });
    const port = await freePort();
    server = await startServer(port, copy, token, dir);
    const call = previewCall(`http://127.0.0.1:${port}`, token);
    await call('settings.update', { yearInUse: YEAR });
    await call('models.list', { year: YEAR });
    return { label: ` (${dir})`, url: `http://127.0.0.1:${port}/?token=${token}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dvk-bench-ui-'));
  const token = randomBytes(12).toString('hex');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/?token=${token}`;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  const otherBuilds: Awaited<ReturnType<typeof startOther>>[] = [];
  try {
    const made = await timed(() => writeStoreDataset(dataDir, PROVINCE));
    console.log(`Dữ liệu ${PROVINCE.name}: ${(made / 1000).toFixed(1)} s`);
    // Copied before this build's preview takes the folder.
    for (const dir of others) otherBuilds.push(await startOther(dir, dataDir, token));
    server = await startServer(port, dataDir, token);
    const call = previewCall(origin, token);
    await call('settings.update', { yearInUse: YEAR });
    const list = await call<{ rows: { id: string }[] }>('models.list', { year: YEAR });
    const [round] = await call<{ id: string }[]>('rounds.list', { year: YEAR });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
    });
    const b = browser;
    const home = (page: Page, hash = '') => page.goto(`${url}${hash}`);
    const found = (page: Page) => page.getByText(/^Tìm thấy [\d.]+ mô hình/);

    // Usable once the figures and the top row's first chart show; the charts below the fold follow, one a
    // frame, and the time until every chart is drawn is the second line. Both are checked at every frame from
    // the moment the page's address is committed: a locator's wait (and `goto`'s wait for "load") checks again
    // only after 20, 50, 100, 100, then every 500 ms, which saw a screen ready just after a check up to half
    // a second late, and made most of the spread between runs.
    const builds = [{ label: '', url }, ...otherBuilds];
    const coldStart = builds.map(() => [] as number[]);
    const allCharts = builds.map(() => [] as number[]);
    // Each run takes every build in turn, so that they share the same minutes and the same load, and each run
    // starts one build later than the one before, so that none is always the first (after an idle moment) or
    // the last.
    for (let run = 0; run < RUNS; run++) {
      for (let k = 0; k < builds.length; k++) {
        const i = (run + k) % builds.length;
        const build = builds[i]!;
        const page = await freshPage(b);
        const start = performance.now();
        await page.goto(build.url, { waitUntil: 'commit' });
        await page.waitForFunction(
          () =>
            /\d/.test(
              document.querySelector('[role="group"][aria-label="Mô hình đăng ký"] .figure-value')
                ?.textContent ?? '',
            ) && document.querySelector('.chart-card canvas') !== null,
          undefined,
          { polling: 'raf' },
        );
        coldStart[i]!.push(performance.now() - start);
        await page.waitForFunction(
          () => [...document.querySelectorAll('.chart-canvas')].every((c) => c.querySelector('canvas')),
          undefined,
          { polling: 'raf' },
        );
        allCharts[i]!.push(performance.now() - start);
        await page.context().close();
      }
    }

    const header = `\n| việc (${RUNS} lần) | min ms | median ms | max ms |\n| --- | ---: | ---: | ---: |`;
    const coldStartLines = builds.flatMap((build, i) => [
      line(`Mở ứng dụng → Tổng quan dùng được${build.label}`, coldStart[i]!),
      line(`  … mọi biểu đồ đã vẽ${build.label}`, allCharts[i]!),
    ]);
    if (coldStartOnly) {
      console.log([header, ...coldStartLines].join('\n'));
      return;
    }

    let before = '';
    const search = await measure(
      b,
      async (page) => {
        await home(page, '#/mo-hinh');
        before = (await found(page).textContent()) ?? '';
      },
      async (page) => {
        await page.getByLabel('Tìm kiếm').pressSequentially(QUERY);
        await page.waitForFunction(
          (shown) => {
            const text = document.querySelector('.list-count')?.textContent;
            return text !== undefined && text !== shown;
          },
          before,
          { polling: 'raf' },
        );
      },
    );
    const typingFloor = await measure(
      b,
      (page) =>
        page.setContent(
          '<input aria-label="Tìm kiếm"><p id="n"></p>' +
            '<script>document.querySelector("input").oninput = (e) => { n.textContent = e.target.value.length; }</script>',
        ),
      async (page) => {
        await page.getByLabel('Tìm kiếm').pressSequentially(QUERY);
        await page.waitForFunction(
          (n) => document.getElementById('n')?.textContent === n,
          String(QUERY.length),
        );
      },
    );
    // Each key is done once the count and the table's first row are the backend's for that prefix: the table
    // is drawn in the count's frame, and waiting for its row too keeps it so. The box is focused before the
    // first key, as the clerk's click into it does: Playwright's first press otherwise focuses it itself, and
    // the page's restyle for the focus was timed as the first key's.
    const pressEach = async (page: Page, shown: { count: string; first: string }[], times: number[]) => {
      const box = page.getByLabel('Tìm kiếm');
      for (let i = 0; i < QUERY.length; i++) {
        const start = performance.now();
        await box.press(QUERY[i] === ' ' ? 'Space' : QUERY[i]!);
        await page.waitForFunction(
          ({ count, first }) =>
            document.querySelector('.list-count')?.textContent === count &&
            document.querySelector('.model-title-cell')?.textContent === first,
          shown[i]!,
          { polling: 'raf' },
        );
        times.push(performance.now() - start);
      }
    };
    const prefixes = async (year: number | null) => {
      const shown: { count: string; first: string }[] = [];
      for (let i = 1; i <= QUERY.length; i++) {
        const { rows } = await call<{ rows: { title: string }[] }>('models.list', {
          year,
          search: QUERY.slice(0, i),
        });
        shown.push({
          count: `Tìm thấy ${rows.length.toLocaleString('vi-VN')} mô hình`,
          first: rows[0]!.title,
        });
      }
      return shown;
    };
    const perKey = async (hash: string, year: number | null) => {
      const shown = await prefixes(year);
      const times: number[] = [];
      await measure(
        b,
        async (page) => {
          await home(page, hash);
          await found(page).waitFor();
          await page.getByLabel('Tìm kiếm').focus();
        },
        (page) => pressEach(page, shown, times),
      );
      return times;
    };
    // The same presses and waits on a bare page that shows each prefix's count and first row at once.
    const perKeyFloor = async () => {
      const shown = await prefixes(YEAR);
      const times: number[] = [];
      await measure(
        b,
        async (page) => {
          await page.setContent(
            '<input aria-label="Tìm kiếm"><p class="list-count"></p><p class="model-title-cell"></p>',
          );
          await page.evaluate((answers) => {
            const box = document.querySelector('input')!;
            box.oninput = () => {
              const answer = answers[box.value.length - 1]!;
              document.querySelector('.list-count')!.textContent = answer.count;
              document.querySelector('.model-title-cell')!.textContent = answer.first;
            };
            box.focus();
          }, shown);
        },
        (page) => pressEach(page, shown, times),
      );
      return times;
    };
    const keyOneYear = await perKey('#/mo-hinh', YEAR);
    const keyAllYears = await perKey('#/mo-hinh?nam=tat-ca', null);
    const keyFloor = await perKeyFloor();

    // The same steps run on the app and on a bare page that answers at once: the bare page is what Playwright's
    // fill, click and wait cost by themselves.
    const saveSteps = async (page: Page, run: number) => {
      const title = page.getByLabel('Tên mô hình');
      await title.fill(`${await title.inputValue()} ${run}`.slice(0, 200));
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      // Checked at every frame: a locator's wait checks only every 100, then 500 ms, and timed the same save
      // 100 ms apart between builds.
      await page.waitForFunction(() => document.body.innerText.includes('Đã lưu mô hình.'), undefined, {
        polling: 'raf',
      });
    };
    const save = await measure(
      b,
      async (page) => {
        await home(page, `#/mo-hinh/${YEAR}/${list.rows[0]!.id}/sua`);
        await page.getByRole('heading', { name: 'Sửa mô hình' }).waitFor();
      },
      saveSteps,
    );
    const saveFloor = await measure(
      b,
      (page) =>
        page.setContent(
          '<label>Tên mô hình <input value="Mô hình"></label><button>Lưu</button><p id="m"></p><script>' +
            'document.querySelector("button").onclick = () => setTimeout(() => { m.textContent = "Đã lưu mô hình."; });' +
            '</script>',
        ),
      saveSteps,
    );

    const cellSteps = async (page: Page, run: number) => {
      const input = page.locator('input.score-input').nth(run);
      await input.fill('1');
      await input.press('Tab');
      await page.waitForFunction(
        () => document.querySelector('td.score-cell[data-state="saved"]'),
        undefined,
        {
          polling: 'raf',
        },
      );
    };
    const cell = await measure(
      b,
      async (page) => {
        await home(page, `#/danh-gia/${YEAR}/${round!.id}`);
        await page.locator('input.score-input').first().waitFor();
      },
      cellSteps,
    );
    const cellFloor = await measure(
      b,
      (page) =>
        page.setContent(
          `<table><tr>${'<td class="score-cell"><input class="score-input"></td>'.repeat(RUNS + 1)}</tr></table><script>` +
            'for (const input of document.querySelectorAll("input")) input.onchange = () => ' +
            'setTimeout(() => { input.parentElement.dataset.state = "saved"; });' +
            '</script>',
        ),
      cellSteps,
    );

    console.log([header, ...coldStartLines].join('\n'));
    console.log(line(`Gõ “${QUERY}” → danh sách thu hẹp`, search));
    console.log(line('  sàn: gõ cùng chuỗi vào một ô trống', typingFloor));
    console.log(
      line(`  mỗi phím → đúng số mô hình, năm ${YEAR} (${QUERY.length} phím × ${RUNS})`, keyOneYear),
    );
    console.log(line(`  mỗi phím → đúng số mô hình, mọi năm (${QUERY.length} phím × ${RUNS})`, keyAllYears));
    console.log(line('  sàn: cùng phím và cùng chờ trên một trang trống', keyFloor));
    console.log(line('Lưu sửa mô hình → "Đã lưu mô hình."', save));
    console.log(line('  sàn: cùng thao tác trên một trang trống', saveFloor));
    console.log(line('Ô điểm → đã lưu', cell));
    console.log(line('  sàn: cùng thao tác trên một trang trống', cellFloor));
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
    for (const other of otherBuilds) await other.stop();
  }
}

await main();
