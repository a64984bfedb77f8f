import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { formatNumber } from '../../shared/format/number';
import { flat, pdfText, renderPdf } from './pdf';
import { test, expect, type PreviewApp } from './preview-app';

interface Row {
  fieldId: string;
  kind: string;
  registration: string;
  status: string;
}

/** The demo year's models and commendations, as the list and the commendations channel answer them. */
async function demoYear(app: PreviewApp) {
  const { rows } = (await app.call('models.list', { year: 2023 })) as unknown as { rows: Row[] };
  const commendations = (await app.call('commendations.list', { year: 2023 })) as unknown as {
    status: string;
  }[];
  const { fields } = (await app.call('catalogues.get')) as unknown as {
    fields: { id: string; name: string }[];
  };
  return { rows, commendations, fields };
}

const chartCard = (page: Page, title: string) =>
  page.locator('.chart-card', { has: page.getByRole('heading', { name: title, exact: true }) });

/** Clicks a bar or slice where chart.js itself says it is drawn. */
async function clickChartElement(page: Page, canvas: Locator, label: string) {
  const point = await canvas.evaluate((element: HTMLCanvasElement, wanted) => {
    const chart = window.Chart!.getChart(element)!;
    const index = chart.data.labels!.indexOf(wanted);
    return chart.getDatasetMeta(0).data[index]!.tooltipPosition(true);
  }, label);
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + point.x!, box.y + point.y!);
}

// Charts are drawn at once instead of animated, so an element is where chart.js says from the start.
test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ app }) => {
  await app.call('demo.load'); // 2021–2023, the year in use 2023
});

test('the 2023 figures are the demo year’s own counts', async ({ page, app }) => {
  const { rows, commendations } = await demoYear(app);
  const count = (keep: (r: Row) => boolean) => rows.filter(keep).length;
  const expected: Record<string, number> = {
    'Mô hình đăng ký': rows.length,
    'Đăng ký mới': count((r) => r.registration === 'new'),
    'Duy trì': count((r) => r.registration === 'continued'),
    'Tập thể': count((r) => r.kind === 'collective'),
    'Cá nhân': count((r) => r.kind === 'individual'),
    'Công nhận': count((r) => r.status === 'recognised' || r.status === 'exemplary'),
    'Tiêu biểu': count((r) => r.status === 'exemplary'),
    'Đề nghị khen thưởng': commendations.length,
    'Đã khen thưởng': commendations.filter((c) => c.status === 'granted').length,
  };
  // The demo year has something in each: a zero would prove little.
  expect(expected['Cá nhân']).toBeGreaterThan(0);
  expect(expected['Tiêu biểu']).toBeGreaterThan(0);
  expect(expected['Đề nghị khen thưởng']).toBeGreaterThan(0);

  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByLabel('Năm', { exact: true })).toBeVisible();
  for (const [label, value] of Object.entries(expected)) {
    await expect(
      page.getByRole('group', { name: label, exact: true }).locator('.figure-value'),
      label,
    ).toHaveText(formatNumber(value));
  }
  await expect(page.getByRole('group', { name: 'Kinh phí huy động' })).toContainText(/^[\d.]+ đồng/);

  // Narrowed to individuals, the year counts only theirs.
  await page.getByLabel('Lọc theo hình thức').click();
  await page.getByTitle('Cá nhân', { exact: true }).click();
  await expect(page).toHaveURL(/hinhthuc=individual/);
  await expect(
    page.getByRole('group', { name: 'Mô hình đăng ký', exact: true }).locator('.figure-value'),
  ).toHaveText(formatNumber(expected['Cá nhân']!));
});

test('opening the app asks once for each read of the first screen, the figures without waiting for the settings', async ({
  page,
  app,
}) => {
  const registered = async (year: number, keep: (r: Row) => boolean = () => true) => {
    const { rows } = (await app.call('models.list', { year })) as unknown as { rows: Row[] };
    return formatNumber(rows.filter(keep).length);
  };
  const figure = page.getByRole('group', { name: 'Mô hình đăng ký', exact: true }).locator('.figure-value');
  const firstScreen = ['settings.get', 'catalogues.get', 'dashboard.get'];
  const asked: string[] = [];
  page.on('request', (request) => {
    const channel = /\/api\/(.+)$/.exec(request.url())?.[1];
    if (channel && firstScreen.includes(channel)) asked.push(`${channel} ${request.postData()}`);
  });

  await page.goto(app.url);
  await expect(figure).toHaveText(await registered(2023));
  await expect(page.locator('.chart-card canvas').first()).toBeVisible();
  // Sent together by the page's first script: the figures of the year in use, named by no year.
  expect(asked).toEqual(['settings.get {}', 'catalogues.get {}', 'dashboard.get {"input":{}}']);

  // An address with filters asks for its figures with them once the settings have come, and for the
  // year in use's (the years offered).
  asked.length = 0;
  await page.goto('about:blank');
  await page.goto(`${app.url}#/?nam=2022&hinhthuc=individual`);
  await expect(figure).toHaveText(await registered(2022, (r) => r.kind === 'individual'));
  await expect(page.locator('.chart-card canvas').first()).toBeVisible();
  expect(asked.sort()).toEqual([
    'catalogues.get {}',
    'dashboard.get {"input":{"year":2022,"kind":"individual"}}',
    'dashboard.get {"input":{"year":2023}}',
    'settings.get {}',
  ]);
});

test('clicking the “Kinh tế” slice opens the list of exactly those models', async ({ page, app }) => {
  const { rows, fields } = await demoYear(app);
  const kinhTe = fields.find((f) => f.name === 'Kinh tế')!;
  const expected = rows.filter((r) => r.fieldId === kinhTe.id).length;
  expect(expected).toBeGreaterThan(0);

  await page.goto(app.url);
  const canvas = chartCard(page, 'Mô hình theo lĩnh vực').locator('canvas');
  await expect(canvas).toBeVisible();
  await clickChartElement(page, canvas, 'Kinh tế');

  await expect(page).toHaveURL(new RegExp(`#/mo-hinh\\?nam=2023&linhvuc=${kinhTe.id}$`));
  await expect(page.getByText(`Tìm thấy ${formatNumber(expected)} mô hình`)).toBeVisible();
  await expect(page.getByLabel('Lọc theo lĩnh vực')).toBeAttached();
  await expect(page.locator('.filter-bar')).toContainText('Kinh tế');
});

test('“Bảng số liệu” shows the chart’s numbers as a table', async ({ page, app }) => {
  const { rows, fields } = await demoYear(app);
  await page.goto(app.url);
  const card = chartCard(page, 'Mô hình theo lĩnh vực');
  const toggle = card.getByRole('button', { name: 'Bảng số liệu' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const table = page.getByRole('table', { name: 'Mô hình theo lĩnh vực năm 2023' });
  await expect(table).toBeVisible();
  for (const field of fields) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field.name }) });
    await expect(row.getByRole('cell'), field.name).toHaveText([
      formatNumber(rows.filter((r) => r.fieldId === field.id).length),
    ]);
  }
  const total = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tổng cộng' }) });
  await expect(total.getByRole('cell')).toHaveText([formatNumber(rows.length)]);

  await toggle.click();
  await expect(table).toBeHidden();
});

test('the histogram’s bins read “60–69 điểm”, not interval brackets', async ({ page, app }) => {
  await page.goto(app.url);
  const card = page.locator('.chart-card', {
    has: page.getByRole('heading', { name: /^Phân bố điểm trung bình: Tổng kết năm 2023/ }),
  });
  await card.getByRole('button', { name: 'Bảng số liệu' }).click();
  const headers = card.getByRole('rowheader');
  await expect(headers.first()).toHaveText('0–9 điểm');
  await expect(card.getByRole('rowheader', { name: '60–69 điểm', exact: true })).toBeVisible();
  await expect(card.getByRole('rowheader', { name: '90–100 điểm', exact: true })).toBeVisible();
});

test('“Tải ảnh PNG” downloads the chart at print resolution on white', async ({ page, app }) => {
  await page.goto(app.url);
  const card = chartCard(page, 'Mô hình theo đơn vị đăng ký');
  await expect(card.locator('canvas')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Tải ảnh PNG' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Mô hình theo đơn vị đăng ký năm 2023.png');

  const png = await readFile((await download.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1500); // IHDR width
  const corner = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return [...ctx.getImageData(0, 0, 1, 1).data];
  }, png.toString('base64'));
  expect(corner).toEqual([255, 255, 255, 255]);
});

test('“In” opens the landscape printout with the Party header, the figures and the charts', async ({
  page,
  app,
}) => {
  const { rows } = await demoYear(app);
  await app.call('settings.update', {
    parentName: 'HUYỆN ỦY BA BỂ',
    orgName: 'BAN DÂN VẬN',
    signerTitle: 'Trưởng ban',
    signerName: 'Hoàng Thị Lan',
  });
  await page.goto(app.url);
  await page.getByRole('button', { name: /\bIn$/ }).click();

  await expect(page).toHaveURL(/#\/in\/tong-quan\/2023$/);
  await expect(page.locator('.print-root')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'BÁO CÁO NHANH' })).toBeVisible();
  await expect(page.getByText('Kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2023')).toBeVisible();
  await expect(page.locator('.party-issuer')).toContainText('BAN DÂN VẬN');
  const pageRules = await page
    .locator('style')
    .evaluateAll((styles) => styles.map((s) => s.textContent ?? '').join('\n'));
  expect(pageRules).toContain('size: A4 landscape');
  await expect(page.locator('.dashboard-print-figures').first()).toContainText(formatNumber(rows.length));

  const images = page.locator('.dashboard-print-chart img');
  await expect(images).toHaveCount(7);
  const widths = await images.evaluateAll((all: HTMLImageElement[]) => all.map((i) => i.naturalWidth));
  for (const width of widths) expect(width).toBeGreaterThanOrEqual(1500);

  // Laid out page by page: the figures, then the charts from a new page, none split.
  const labels = page.locator('.print-page-label');
  const count = await labels.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(page.getByText(`${count} trang`)).toBeVisible();
  await expect(labels).toHaveText(Array.from({ length: count }, (_, i) => `Trang ${i + 1}/${count}`));
  await page.setViewportSize({ width: 1366, height: 768 });
  await labels.nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/dashboard-print-pages.png' });
  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const file = await renderPdf(page, dir, 'bao-cao-nhanh.pdf');
    const pages = pdfText(file, false)
      .split('\f')
      .slice(0, -1)
      .map((text) => flat(text));
    expect(pages).toHaveLength(count);
    // The report on page 1, both tables and the signature under the second; the charts from page 2 on.
    expect(pages[0]).toMatch(
      / BÁO CÁO NHANH .* I\. Số liệu chung Đăng ký .*Mô hình đăng ký .* II\. Kết quả đạt được Ngày công lao động .* T\/M BAN THƯỜNG VỤ TRƯỞNG BAN Hoàng Thị Lan\s*$/,
    );
    expect(pages.filter((text) => text.includes('TRƯỞNG BAN'))).toHaveLength(1);
    // "Nơi nhận:" at the left of the signature block, as the yearly report's Word file has it (domain.md §7).
    const foot = pdfText(file)
      .split('\f')[0]!
      .split('\n')
      .map((line) => line.trim().split(/\s{2,}/));
    const at = foot.findIndex((line) => line[0] === 'Nơi nhận:');
    expect(foot[at]).toEqual(['Nơi nhận:', 'T/M BAN THƯỜNG VỤ']);
    expect(foot.slice(at + 1, at + 4).map((line) => line[0])).toEqual([
      '- Cấp ủy, cơ quan cấp trên (b/c),',
      '- Các đơn vị đăng ký mô hình,',
      '- Lưu.',
    ]);
    expect(pages[1]).toMatch(/^2 PHỤ LỤC: BIỂU ĐỒ /);
    // Each chart's caption once, after page 1; each picture on one page only.
    for (let n = 1; n <= 7; n++) {
      const on = pages.flatMap((text, i) => (text.includes(`Biểu đồ ${n}.`) ? [i] : []));
      expect(on.length, `Biểu đồ ${n}`).toBe(1);
      expect(on[0]).toBeGreaterThan(0);
    }
    const pictures = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => /\bimage\b/.test(line));
    expect(pictures).toHaveLength(7);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the printout’s report runs on to page 2 under wide margins, the outcomes table with the signature', async ({
  page,
  app,
}) => {
  // 45 mm above and below leave 120 mm of landscape page: the head and the first table, not the rest.
  await app.call('settings.update', { signerName: 'Hoàng Thị Lan', margins: { top: 45, bottom: 45 } });
  await page.goto(`${app.url}#/in/tong-quan/2023`);
  // The charts are drawn at print resolution first: slow on a loaded machine.
  await expect(page.locator('.print-root')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const pages = pdfText(await renderPdf(page, dir, 'bao-cao-nhanh.pdf'), false)
      .split('\f')
      .map((text) => flat(text));
    expect(pages[0]).toMatch(/ BÁO CÁO NHANH .* I\. Số liệu chung Đăng ký .* Đã khen thưởng \d+\s*$/);
    expect(pages[1]).toMatch(
      /^2 II\. Kết quả đạt được Ngày công lao động .* Nơi nhận: .* TRƯỞNG BAN Hoàng Thị Lan\s*$/,
    );
    expect(pages[2]).toMatch(/^3 PHỤ LỤC: BIỂU ĐỒ /);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the printout’s outcomes stand in bands of eight at most, each within the page, the last with the signature', async ({
  page,
  app,
}) => {
  await app.call('settings.update', { signerName: 'Hoàng Thị Lan' });
  // Eight indicators more than the demo's eight: two bands of eight, where sixteen columns would not fit.
  const added = Array.from({ length: 8 }, (_, i) => `Chỉ tiêu thêm số ${i + 1}`);
  for (const name of added) {
    await app.call('catalogues.save', { kind: 'indicators', item: { name, measure: 'cái', active: true } });
  }
  await page.goto(`${app.url}#/in/tong-quan/2023`);
  // The charts are drawn at print resolution first: slow on a loaded machine.
  await expect(page.locator('.print-root')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const bands = page.locator('.print-page .dashboard-print-band');
  await expect(bands).toHaveCount(2);
  const shapes = await bands.evaluateAll((tables) =>
    tables.map((table) => {
      const sheet = table.closest('.print-sheet')!;
      const right = sheet.getBoundingClientRect().right - parseFloat(getComputedStyle(sheet).paddingRight);
      return {
        names: [...table.querySelectorAll('th')].map((th) => th.textContent),
        within: table.getBoundingClientRect().right <= right + 0.5,
        // No figure spills out of its cell.
        fit: [...table.querySelectorAll('td')].every((td) => td.scrollWidth <= td.clientWidth),
      };
    }),
  );
  expect(shapes.map((s) => s.names.length)).toEqual([8, 8]);
  expect(shapes.map((s) => [s.within, s.fit])).toEqual([
    [true, true],
    [true, true],
  ]);
  expect(shapes[1]!.names).toEqual(added);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/dashboard-print-bands.png' });
  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const pages = pdfText(await renderPdf(page, dir, 'bao-cao-nhanh.pdf'), false)
      .split('\f')
      .map((text) => flat(text));
    expect(pages[0]).toMatch(/ II\. Kết quả đạt được Ngày công lao động .* [\d.]+ ngày công/);
    expect(pages[0]).not.toContain('Chỉ tiêu thêm');
    expect(pages[1]).toMatch(
      /^2 Chỉ tiêu thêm số 1 .*Chỉ tiêu thêm số 8 .*0 cái .* TRƯỞNG BAN Hoàng Thị Lan\s*$/,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
