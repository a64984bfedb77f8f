import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { Envelope } from '../../shared/contract/errors';
import { blankModelForm, modelFormOf, type Model } from '../../shared/domain/model';
import { test, expect } from './preview-app';

const KINH_TE = '00000000-0000-4000-8000-000000000101'; // a default field ("Kinh tế")

/** The commune's office, run in this process: it sends and receives packages like the app on its machine. */
async function communeOffice(
  dir: string,
): Promise<{ call: <T>(channel: string, input?: unknown) => Promise<T>; backend: Backend }> {
  const backend = await createBackend({
    dataDir: dir,
    clock: () => new Date(),
    version: 'e2e',
    transport: 'http',
    actor: 'xa',
  });
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const answer = (await backend.handle(channel, input)) as Envelope<T>;
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.data;
  };
  return { call, backend };
}

async function importPackage(page: Page, file: { fileName: string; dataBase64: string }) {
  await page.locator('input[type=file][accept=".zip"]').setInputFiles({
    name: file.fileName,
    mimeType: 'application/zip',
    buffer: Buffer.from(file.dataBase64, 'base64'),
  });
  return page.getByRole('dialog');
}

async function exportPackage(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất gói dữ liệu' }).click();
  const file = await download;
  return {
    fileName: file.suggestedFilename(),
    dataBase64: (await readFile((await file.path())!)).toString('base64'),
  };
}

test('two offices exchange packages both ways and end with the same data, one conflict shown and resolved', async ({
  page,
  app,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'dvk-e2e-xa-'));
  const xa = await communeOffice(dir);
  try {
    await app.call('settings.update', {
      yearInUse: 2023,
      orgName: 'BAN DÂN VẬN',
      parentName: 'HUYỆN ỦY BA BỂ',
    });
    await xa.call('settings.update', { yearInUse: 2023, orgName: 'ĐẢNG ỦY', parentName: 'XÃ CHU HƯƠNG' });
    const catalogues = await xa.call<{ units: { id: string }[] }>('catalogues.save', {
      kind: 'units',
      item: { name: 'Chi bộ thôn Bản Xả', type: 'Khác', commune: '', active: true },
    });
    const register = (title: string) =>
      xa.call<Model>('models.create', {
        ...blankModelForm(2023),
        title,
        unitId: catalogues.units[0]!.id,
        fieldId: KINH_TE,
      });
    const road = await register('Đường giao thông liên thôn');
    await register('Thắp sáng đường quê');

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${app.url}#/cai-dat`);
    let dialog = await importPackage(page, await xa.call('exchange.export', { years: [2023] }));
    await expect(dialog.getByText('Mô hình năm 2023: 2')).toBeVisible();
    await dialog.getByRole('button', { name: 'Nhập gói dữ liệu' }).click();
    await expect(page.getByText('Đã nhập gói dữ liệu của “ĐẢNG ỦY XÃ CHU HƯƠNG”: 3 bản ghi.')).toBeVisible();

    // The district sees which office sent which model, and filters its list by it.
    const units = (await app.call('catalogues.get')) as unknown as { units: { id: string }[] };
    await app.call('models.create', {
      ...blankModelForm(2023),
      title: 'Mô hình của huyện',
      unitId: units.units[0]!.id,
      fieldId: KINH_TE,
    });
    await page.goto(`${app.url}#/mo-hinh?nam=2023`);
    await expect(page.getByText('Tìm thấy 3 mô hình')).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Đơn vị gửi' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Lọc theo đơn vị gửi' }).click();
    await page.getByRole('option', { name: 'ĐẢNG ỦY XÃ CHU HƯƠNG' }).click();
    await expect(page.getByText('Tìm thấy 2 mô hình')).toBeVisible();
    expect(new URL(page.url().replace('#/', '')).searchParams.get('donvigui')).toBe('ĐẢNG ỦY XÃ CHU HƯƠNG');
    await expect(page.getByRole('row', { name: /Mô hình của huyện/ })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/exchange-origin-list.png' });
    await page.getByRole('row', { name: /Thắp sáng đường quê/ }).click();
    await expect(page.getByRole('row', { name: 'Đơn vị gửi ĐẢNG ỦY XÃ CHU HƯƠNG' })).toBeVisible();
    await page.goto(`${app.url}#/cai-dat`);

    // The district's package goes back to the commune: nothing new there, nothing lost.
    const fromDistrict = await exportPackage(page);
    const back = await xa.call<{ packageId: string; conflicts: unknown[] }>('exchange.preview', fromDistrict);
    expect(back.conflicts).toEqual([]);
    await xa.call('exchange.commit', { packageId: back.packageId, resolutions: {} });

    // Both change the same model: the district sees one conflict and keeps the commune's version.
    const form = modelFormOf(road);
    const atDistrict = (await app.call('models.get', { year: 2023, id: road.id })) as unknown as {
      model: Model;
    };
    await app.call('models.update', {
      ref: { year: 2023, id: road.id },
      form: { ...modelFormOf(atDistrict.model), title: 'Đường liên thôn (huyện sửa)' },
    });
    await xa.call('models.update', {
      ref: { year: 2023, id: road.id },
      form: { ...form, title: 'Đường liên thôn (xã sửa)' },
    });
    dialog = await importPackage(page, await xa.call('exchange.export', { years: [2023] }));
    // Both copies side by side: what differs, and when each side changed it.
    await expect(
      dialog.getByRole('row', {
        name: 'Tên mô hình Đường liên thôn (huyện sửa) Đường liên thôn (xã sửa)',
        exact: true,
      }),
    ).toBeVisible();
    await expect(
      dialog.getByRole('columnheader', {
        name: /^Trong gói của “ĐẢNG ỦY XÃ CHU HƯƠNG” \(sửa \d\d\/\d\d\/\d{4} /,
      }),
    ).toBeVisible();
    await expect(dialog.getByRole('columnheader', { name: /^Ở đây \(sửa \d\d\/\d\d\/\d{4} / })).toBeVisible();
    await dialog.getByRole('radio', { name: /^Trong gói/ }).check();
    await page.screenshot({ path: 'test-results/exchange-preview.png' });
    await dialog.getByRole('button', { name: 'Nhập gói dữ liệu' }).click();
    await expect(dialog).toBeHidden();

    const last = await xa.call<{ packageId: string; conflicts: unknown[] }>(
      'exchange.preview',
      await exportPackage(page),
    );
    expect(last.conflicts).toEqual([]);
    await xa.call('exchange.commit', { packageId: last.packageId, resolutions: {} });
    const titles = async (list: { rows: { id: string; title: string; updatedAt: string }[] }) =>
      list.rows.map((r) => `${r.id} ${r.title} ${r.updatedAt}`).sort();
    expect(await titles((await app.call('models.list', { year: 2023 })) as never)).toEqual(
      await titles(await xa.call('models.list', { year: 2023 })),
    );
    expect(
      (await app.call('models.get', { year: 2023, id: road.id })) as unknown as { model: Model },
    ).toMatchObject({
      model: { title: 'Đường liên thôn (xã sửa)', origin: 'ĐẢNG ỦY XÃ CHU HƯƠNG' },
    });
  } finally {
    await xa.backend.close();
    await rm(dir, { recursive: true, force: true });
  }
});
