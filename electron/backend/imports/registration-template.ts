import ExcelJS from 'exceljs';
import type { Catalogues } from '../../../shared/domain/catalogues';
import { importColumns, labelOf, type ImportColumn } from '../../../shared/domain/import-columns';
import { kindLabels, registrationLabels } from '../../../shared/domain/model';
import { EXAMPLE_LABEL } from '../../../shared/domain/registration-import';
import { byName } from '../../../shared/text/collate';

/** Rows of the template that carry the dropdowns; a longer list still imports, without them. */
const VALIDATED_ROWS = 1000;
const HEADER_ROW = 3;
const LIST_SHEET = 'Danh mục';

const widths: Partial<Record<ImportColumn, number>> = {
  title: 48,
  unitId: 30,
  fieldId: 26,
  kind: 12,
  registration: 16,
  previousTitle: 36,
  personName: 22,
  personPosition: 20,
  commune: 20,
  hamlet: 22,
};

/**
 * "Tải mẫu Excel": the registration columns with the form's labels (domain.md §4), dropdowns from the
 * catalogues, an example row the import skips, and a sheet of instructions.
 */
export async function registrationTemplate(catalogues: Catalogues, year: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách đăng ký', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  const guide = workbook.addWorksheet('Hướng dẫn');
  const lists = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });

  const columns = importColumns.filter((c) => c.key !== 'ignored').map((c) => c.key);
  const all: ImportColumn[] = ['ignored', ...columns];
  sheet.getCell(1, 1).value = `DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM ${year}`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getRow(HEADER_ROW).values = all.map((k) => labelOf(k));
  sheet.getRow(HEADER_ROW).font = { bold: true };
  sheet.getRow(HEADER_ROW).alignment = { wrapText: true, vertical: 'middle' };
  all.forEach((k, i) => {
    sheet.getColumn(i + 1).width = widths[k] ?? (k === 'ignored' ? 7 : 18);
  });

  const units = catalogues.units.filter((u) => u.active).sort(byName);
  const fields = catalogues.fields.filter((f) => f.active).sort(byName);
  const choices: Partial<Record<ImportColumn, string[]>> = {
    kind: Object.values(kindLabels),
    registration: Object.values(registrationLabels),
    unitId: units.map((u) => u.name),
    fieldId: fields.map((f) => f.name),
  };
  let listColumn = 0;
  for (const [key, values] of Object.entries(choices) as [ImportColumn, string[]][]) {
    if (values.length === 0) continue;
    listColumn += 1;
    lists.getCell(1, listColumn).value = labelOf(key);
    values.forEach((v, i) => (lists.getCell(i + 2, listColumn).value = v));
    const letter = lists.getColumn(listColumn).letter;
    const formula = `'${LIST_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`;
    const col = all.indexOf(key) + 1;
    for (let r = HEADER_ROW + 1; r <= HEADER_ROW + VALIDATED_ROWS; r++) {
      sheet.getCell(r, col).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: labelOf(key),
        error: `Hãy chọn một giá trị trong danh sách “${labelOf(key)}”.`,
      };
    }
  }
  for (const key of ['startDate', 'endDate'] as const)
    sheet.getColumn(all.indexOf(key) + 1).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(all.indexOf('contactPhone') + 1).numFmt = '@';

  const example: Partial<Record<ImportColumn, ExcelJS.CellValue>> = {
    ignored: EXAMPLE_LABEL,
    year,
    title: 'Vận động nhân dân xây dựng và bảo vệ môi trường xanh, sạch, đẹp',
    kind: kindLabels.collective,
    unitId: units[0]?.name ?? 'Chi bộ Văn phòng Huyện ủy',
    fieldId: fields[0]?.name ?? 'Văn hóa - xã hội',
    registration: registrationLabels.new,
    commune: 'Xã Phúc Lộc',
    hamlet: 'Thôn Khuổi Tẩu',
    startDate: new Date(Date.UTC(year, 0, 15)),
    endDate: new Date(Date.UTC(year, 11, 15)),
    contactName: 'Nguyễn Văn A',
    contactPhone: '0912345678',
  };
  sheet.getRow(HEADER_ROW + 1).values = all.map((k) => example[k] ?? null);
  sheet.getRow(HEADER_ROW + 1).font = { italic: true, color: { argb: 'FF666666' } };

  guide.getColumn(1).width = 110;
  const lines = [
    'HƯỚNG DẪN ĐIỀN DANH SÁCH ĐĂNG KÝ MÔ HÌNH',
    '',
    '1. Mỗi dòng là một mô hình. Bắt buộc: Tên mô hình, Đơn vị đăng ký, Lĩnh vực; Họ và tên và Chức vụ khi hình thức là “Cá nhân”.',
    '2. Hình thức, Loại đăng ký, Đơn vị đăng ký, Lĩnh vực: chọn trong danh sách thả xuống (theo danh mục của cơ quan).',
    '3. “Duy trì”: ghi đúng tên mô hình năm trước của cùng đơn vị (hoặc điền cột “Mô hình năm trước”) để liên kết.',
    '4. Thời gian bắt đầu, kết thúc: ngày dạng dd/mm/yyyy.',
    `5. Dòng “${EXAMPLE_LABEL}” là mẫu: có thể xóa hoặc để nguyên, phần mềm không nhập dòng này.`,
    '6. Có thể thêm dòng tiêu đề, dòng tổng cộng và chữ ký: phần mềm chỉ đọc các dòng dưới dòng tên cột.',
    '7. Trong phần mềm: Mô hình › “Nhập từ Excel”, xem trước các dòng lỗi, rồi bấm “Nhập N mô hình”.',
  ];
  lines.forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true };
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
