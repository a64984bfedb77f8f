import ExcelJS from 'exceljs';

/** The units the commune's list names, as the office's catalogue holds them (one is missing on purpose). */
export const communeUnits = ['Chi bộ thôn Bản Xả', 'Chi hội Phụ nữ Khuổi Luồm', 'Công an xã Chu Hương'];
/** Last year's model the "Duy trì" row continues. */
export const lastYearModel = { unit: 'Chi hội Phụ nữ Khuổi Luồm', title: 'Đoạn đường tự quản' };

/** Rows the list holds that must be refused, with the exact problem of each. */
export const communeListProblems = [
  'Dòng 9: thiếu Tên mô hình',
  'Dòng 12: Chức vụ: bắt buộc khi hình thức là “Cá nhân”',
  'Dòng 13: Đơn vị đăng ký “Hoi Nong dan xa” không có trong danh mục',
  'Dòng 14: trùng với dòng 8 (cùng tên, đơn vị và năm)',
];
/** Titles of the rows that import as they are. */
export const communeListReady = [
  'Vận động nhân dân hiến đất làm đường liên thôn',
  'Thắp sáng đường quê',
  'Đoạn đường tự quản',
  'Camera an ninh thôn bản',
];

/**
 * A commune's list as units really send it: a Party title block, headers without diacritics in their own
 * order with a row of column numbers under them, a unit written once for the rows a merged cell covers, a
 * formula, a footer with totals and signatures, and four bad rows.
 */
export async function communeListWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS dang ky');
  sheet.getCell('A1').value = 'ĐẢNG BỘ XÃ CHU HƯƠNG';
  sheet.getCell('F1').value = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  sheet.getCell('A2').value = 'BAN CHỈ ĐẠO DÂN VẬN KHÉO';
  sheet.mergeCells('A4:I4');
  sheet.getCell('A4').value = 'DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2023';
  sheet.getRow(6).values = [
    'TT',
    'Don vi',
    'TEN MO HINH',
    'Linh vuc',
    'Hinh thuc',
    'Loai dang ky',
    'Ho ten',
    'Chuc vu',
    'SDT',
  ];
  sheet.getRow(7).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'];
  const rows: (ExcelJS.CellValue | null)[][] = [
    [
      1,
      'Chi bộ thôn Bản Xả',
      'Vận động nhân dân hiến đất làm đường liên thôn',
      'KINH TE',
      'Tap the',
      'Dang ky moi',
    ],
    [2, null, '', 'Kinh tế', 'Tập thể', 'Đăng ký mới'],
    [3, null, 'Thắp sáng đường quê', 'VĂN HÓA - XÃ HỘI', 'tap the', 'moi'],
    [4, 'Chi hội Phụ nữ Khuổi Luồm', 'Đoạn đường tự quản', 'Van hoa xa hoi', 'Tap the', 'Duy tri'],
    [5, null, 'Nuôi gà thả vườn thoát nghèo', 'Kinh te', 'Ca nhan', 'Dang ky moi', 'Nguyễn Văn A', ''],
    [6, 'Hoi Nong dan xa', 'Cánh đồng mẫu lớn', 'Kinh te', 'Tap the', 'Dang ky moi'],
    [7, 'Chi bộ thôn Bản Xả', 'Vận động nhân dân hiến đất làm đường liên thôn', 'Kinh te', 'Tap the', 'Moi'],
    [
      { formula: 'A14+1', result: 8 },
      'Công an xã Chu Hương',
      'Camera an ninh thôn bản',
      'Quoc phong - an ninh',
      'Tap the',
      'Dang ky moi',
      null,
      null,
      912345678,
    ],
  ];
  rows.forEach((values, i) => (sheet.getRow(8 + i).values = values));
  sheet.mergeCells('B8:B10');
  sheet.mergeCells('B11:B12');
  sheet.mergeCells('A16:C16');
  sheet.getCell('A16').value = 'Tổng cộng: 8 mô hình';
  sheet.getCell('B18').value = 'Người lập biểu';
  sheet.getCell('F18').value = 'T/M BAN CHỈ ĐẠO';
  sheet.getCell('B21').value = 'Nguyễn Thị B';
  sheet.getCell('F21').value = 'Hoàng Văn C';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
