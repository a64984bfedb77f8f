import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blankModelForm } from '../../shared/domain/model';
import { office } from './evaluation-setup';
import { flat, pdfText, renderPdf } from './pdf';
import { test, expect } from './preview-app';

test('“In phiếu đăng ký” prints one model’s registration in the Party format, labels in the form’s order', async ({
  page,
  app,
}) => {
  await app.call('settings.update', office);
  const { units } = (await app.call('catalogues.save', {
    kind: 'units',
    item: { name: 'Xã Hoàng Trĩ', type: 'Xã, thị trấn', commune: '', active: true },
  })) as { units: { id: string }[] };
  const created = (await app.call('models.create', {
    ...blankModelForm(2023),
    title: 'Dân vận khéo trong hiến đất làm đường',
    unitId: units[0]!.id,
    fieldId: '00000000-0000-4000-8000-000000000101',
    commune: 'Hoàng Trĩ',
    hamlet: 'Thôn Nà Áng',
    goals: 'Làm mới 2 km đường bê tông.\nKhông hộ nào khiếu nại.',
    startDate: '2023-03-01',
    contactName: 'Hoàng Văn Bảo',
    contactPhone: '0912 345 678',
  })) as { id: string };

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.url}#/mo-hinh/2023/${created.id}`);
  await page.getByRole('button', { name: 'In phiếu đăng ký' }).click();
  await expect(page).toHaveURL(new RegExp(`#/in/phieu-dang-ky/2023/${created.id}$`));
  await expect(page.getByRole('heading', { name: 'PHIẾU ĐĂNG KÝ' })).toBeVisible();
  await page.screenshot({ path: 'test-results/registration-print.png' });

  const dir = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const file = await renderPdf(page, dir, 'phieu-dang-ky.pdf');
    const text = flat(pdfText(file, false));
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('PHIẾU ĐĂNG KÝ Mô hình “Dân vận khéo” năm 2023');
    const labels = [
      'Năm: 2023',
      'Tên mô hình: Dân vận khéo trong hiến đất làm đường',
      'Hình thức: Tập thể',
      'Đơn vị đăng ký: Xã Hoàng Trĩ',
      'Lĩnh vực: Kinh tế',
      'Loại đăng ký: Đăng ký mới',
      'Địa bàn: Thôn Nà Áng, Hoàng Trĩ',
      'Thực trạng, lý do xây dựng:',
      'Mục tiêu: Làm mới 2 km đường bê tông. Không hộ nào khiếu nại.',
      'Nội dung, cách thức thực hiện:',
      'Thời gian bắt đầu: 01/03/2023',
      'Khả năng duy trì, nhân rộng:',
      'Người phụ trách: Hoàng Văn Bảo',
      'Số điện thoại: 0912 345 678',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ];
    const at = labels.map((label) => text.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Họ và tên:');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
