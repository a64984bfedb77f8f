import ExcelJS from 'exceljs';

/**
 * A long registration list, as a province sends it: a title, unaccented headers on row 3, then `rows` rows
 * spread over `units` and `fields` (names as the catalogues hold them; fields written in capitals).
 */
export async function longListWorkbook(rows: number, units: string[], fields: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.getCell('A1').value = 'DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2023';
  sheet.getRow(3).values = [
    'STT',
    'Ten mo hinh',
    'Don vi',
    'Linh vuc',
    'Hinh thuc',
    'Loai dang ky',
    'Thon',
    'SDT',
  ];
  for (let i = 0; i < rows; i++) {
    sheet.getRow(4 + i).values = [
      i + 1,
      `Vận động nhân dân làm đường giao thông nông thôn số ${i + 1}`,
      units[i % units.length]!,
      fields[i % fields.length]!.toUpperCase(),
      'Tap the',
      'Dang ky moi',
      `Thôn ${i % 40}`,
      912000000 + i,
    ];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
