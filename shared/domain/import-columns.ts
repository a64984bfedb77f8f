import { foldForSearch } from '../text/fold';
import type { ModelForm } from './model';

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

export const importColumns: readonly ColumnDef[] = [
  { key: 'year', label: 'Năm', variants: ['Năm đăng ký'] },
  {
    key: 'title',
    label: 'Tên mô hình',
    variants: ['Mô hình', 'Tên mô hình dân vận khéo', 'Tên mô hình đăng ký', 'Tên mô hình, điển hình'],
  },
  { key: 'kind', label: 'Hình thức', variants: ['Tập thể/Cá nhân', 'Tập thể, cá nhân', 'Hình thức đăng ký'] },
  {
    key: 'unitId',
    label: 'Đơn vị đăng ký',
    variants: ['Đơn vị', 'Tên đơn vị', 'Cơ quan, đơn vị', 'Đơn vị thực hiện', 'Tập thể, cá nhân đăng ký'],
  },
  { key: 'personName', label: 'Họ và tên', variants: ['Họ tên', 'Họ và tên cá nhân', 'Tên cá nhân'] },
  { key: 'personPosition', label: 'Chức vụ', variants: ['Chức danh', 'Chức vụ cá nhân'] },
  { key: 'fieldId', label: 'Lĩnh vực', variants: ['Lĩnh vực thực hiện'] },
  {
    key: 'registration',
    label: 'Loại đăng ký',
    variants: ['Đăng ký mới/Duy trì', 'Đăng ký mới, duy trì', 'Mới/Duy trì', 'Loại'],
  },
  { key: 'previousTitle', label: 'Mô hình năm trước', variants: ['Tên mô hình năm trước'] },
  {
    key: 'commune',
    label: 'Địa bàn (xã, thị trấn)',
    variants: ['Địa bàn', 'Xã, thị trấn', 'Xã', 'Xã, phường, thị trấn', 'Địa bàn xã'],
  },
  {
    key: 'hamlet',
    label: 'Địa bàn (thôn, bản, tổ dân phố)',
    variants: ['Thôn, bản, tổ dân phố', 'Thôn, bản', 'Thôn', 'Thôn, tổ', 'Địa bàn thôn'],
  },
  { key: 'situation', label: 'Thực trạng, lý do xây dựng', variants: ['Thực trạng', 'Lý do xây dựng'] },
  { key: 'goals', label: 'Mục tiêu', variants: [] },
  {
    key: 'content',
    label: 'Nội dung, cách thức thực hiện',
    variants: ['Nội dung', 'Cách thức thực hiện', 'Nội dung thực hiện'],
  },
  { key: 'participants', label: 'Đối tượng tham gia', variants: [] },
  { key: 'forces', label: 'Lực lượng thực hiện', variants: ['Lực lượng'] },
  { key: 'resources', label: 'Nguồn lực', variants: ['Kinh phí', 'Nguồn lực thực hiện'] },
  { key: 'startDate', label: 'Thời gian bắt đầu', variants: ['Bắt đầu', 'Ngày bắt đầu', 'Từ ngày'] },
  { key: 'endDate', label: 'Thời gian kết thúc', variants: ['Kết thúc', 'Ngày kết thúc', 'Đến ngày'] },
  { key: 'expectedResults', label: 'Kết quả dự kiến', variants: [] },
  { key: 'sustainability', label: 'Khả năng duy trì, nhân rộng', variants: ['Khả năng nhân rộng'] },
  { key: 'contactName', label: 'Người phụ trách', variants: ['Người liên hệ'] },
  { key: 'contactPhone', label: 'Số điện thoại', variants: ['SĐT', 'Điện thoại', 'Số ĐT', 'ĐT liên hệ'] },
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
