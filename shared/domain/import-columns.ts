import { foldForSearch } from '../text/fold';
import { modelLabels, type ModelForm } from './model';

/**
 * The columns of a registration list (domain.md §4 labels) and the variants units really write. A header is
 * matched by its folded label: case, diacritics, "đ", punctuation, a trailing "*" and a parenthesised hint
 * do not matter, so "TEN MO HINH (*)" finds "Tên mô hình".
 */
export type ImportColumn =
  | Exclude<keyof ModelForm, 'previousId' | 'replicatesId'>
  | 'previousTitle'
  /** Read to be ignored: "STT", "Ghi chú". */
  | 'ignored';

export interface ColumnDef {
  key: ImportColumn;
  /** The label of the template's header and of a problem's column. */
  label: string;
  variants: readonly string[];
}

/** A column named as the model's field: its label from the one table. */
const column = (
  key: Exclude<ImportColumn, 'previousTitle' | 'ignored'>,
  variants: readonly string[],
): ColumnDef => ({
  key,
  label: modelLabels[key],
  variants,
});

export const importColumns: readonly ColumnDef[] = [
  column('year', ['Năm đăng ký']),
  column('title', ['Mô hình', 'Tên mô hình dân vận khéo', 'Tên mô hình đăng ký', 'Tên mô hình, điển hình']),
  column('kind', ['Tập thể/Cá nhân', 'Tập thể, cá nhân', 'Hình thức đăng ký']),
  column('unitId', [
    'Đơn vị',
    'Tên đơn vị',
    'Cơ quan, đơn vị',
    'Đơn vị thực hiện',
    'Tập thể, cá nhân đăng ký',
  ]),
  column('personName', ['Họ tên', 'Họ và tên cá nhân', 'Tên cá nhân']),
  column('personPosition', ['Chức danh', 'Chức vụ cá nhân']),
  column('fieldId', ['Lĩnh vực thực hiện']),
  column('registration', ['Đăng ký mới/Duy trì', 'Đăng ký mới, duy trì', 'Mới/Duy trì', 'Loại']),
  { key: 'previousTitle', label: modelLabels.previousId, variants: ['Tên mô hình năm trước'] },
  column('commune', ['Địa bàn', 'Xã, thị trấn', 'Xã', 'Xã, phường, thị trấn', 'Địa bàn xã']),
  column('hamlet', ['Thôn, bản, tổ dân phố', 'Thôn, bản', 'Thôn', 'Thôn, tổ', 'Địa bàn thôn']),
  column('situation', ['Thực trạng', 'Lý do xây dựng']),
  column('goals', []),
  column('content', ['Nội dung', 'Cách thức thực hiện', 'Nội dung thực hiện']),
  column('participants', []),
  column('forces', ['Lực lượng']),
  column('resources', ['Kinh phí', 'Nguồn lực thực hiện']),
  column('startDate', ['Bắt đầu', 'Ngày bắt đầu', 'Từ ngày']),
  column('endDate', ['Kết thúc', 'Ngày kết thúc', 'Đến ngày']),
  column('expectedResults', []),
  column('sustainability', ['Khả năng nhân rộng']),
  column('contactName', ['Người liên hệ']),
  column('contactPhone', ['SĐT', 'Điện thoại', 'Số ĐT', 'ĐT liên hệ']),
  { key: 'ignored', label: 'STT', variants: ['TT', 'Số TT', 'Số thứ tự', 'Ghi chú'] },
];

/** Folds a label or a catalogue name to compare: "VĂN HÓA - XÃ HỘI" and "van hoa xa hoi" agree. */
export function foldName(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function foldLabel(text: string): string {
  return foldName(text.replace(/\*/g, ''));
}

const byLabel = new Map<string, ColumnDef>();
for (const def of importColumns) {
  for (const label of [def.label, ...def.variants]) byLabel.set(foldLabel(label), def);
}

/** The column a header cell names, or undefined. A hint in brackets ("Tên mô hình (ghi rõ)") is tried without. */
export function columnOfHeader(text: string): ColumnDef | undefined {
  return byLabel.get(foldLabel(text)) ?? byLabel.get(foldLabel(text.replace(/\(.*?\)|\[.*?\]/g, ' ')));
}

export const labelOf = (key: ImportColumn): string => importColumns.find((c) => c.key === key)!.label;
