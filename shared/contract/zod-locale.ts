import { z } from 'zod';

/** What zod calls each type, as the office would say it. */
const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  nan: 'giá trị không phải số',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  record: 'bảng giá trị',
  array: 'danh sách',
  tuple: 'danh sách',
  date: 'ngày',
  null: 'giá trị rỗng',
  undefined: 'không có giá trị',
  file: 'tệp',
  function: 'hàm',
  symbol: 'ký hiệu',
};
const typeName = (name: string): string => TYPE_NAMES[name] ?? 'giá trị khác';

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

/** A value the user sent, shown short: a few characters, in quotes. */
const shown = (value: unknown): string => JSON.stringify(String(value).slice(0, 40));

const SIZES: Record<string, string> = { string: 'ký tự', array: 'phần tử', set: 'phần tử', file: 'byte' };

/**
 * Zod's own messages (for checks that carry no message of ours), in plain Vietnamese on both sides. zod's
 * Vietnamese locale leaves type names in English ("mong đợi object, nhận được undefined"), so it is not used.
 */
function vietnameseMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Thiếu giá trị bắt buộc.';
      return `Sai kiểu dữ liệu: cần ${typeName(issue.expected)}, nhận được ${typeName(received(issue.input))}.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Giá trị không hợp lệ: phải là ${shown(issue.values[0])}.`
        : `Giá trị không hợp lệ: phải là một trong ${issue.values.map(shown).join(', ')}.`;
    case 'too_big': {
      const unit = SIZES[issue.origin];
      const limit = `${issue.inclusive ? 'tối đa' : 'nhỏ hơn'} ${issue.maximum.toString()}`;
      return unit ? `Quá dài: ${limit} ${unit}.` : `Giá trị quá lớn: ${limit}.`;
    }
    case 'too_small': {
      const unit = SIZES[issue.origin];
      const limit = `${issue.inclusive ? 'tối thiểu' : 'lớn hơn'} ${issue.minimum.toString()}`;
      return unit ? `Quá ngắn: ${limit} ${unit}.` : `Giá trị quá nhỏ: ${limit}.`;
    }
    case 'invalid_format':
      return 'Định dạng không hợp lệ.';
    case 'not_multiple_of':
      return `Số phải là bội số của ${issue.divisor.toString()}.`;
    case 'unrecognized_keys':
      return `Có trường không được phép: ${issue.keys.slice(0, 3).map(shown).join(', ')}${issue.keys.length > 3 ? '…' : ''}.`;
    case 'invalid_key':
      return 'Khóa không hợp lệ.';
    case 'invalid_element':
      return 'Có phần tử không hợp lệ.';
    default:
      return 'Giá trị không hợp lệ.';
  }
}

z.config({ localeError: vietnameseMessage });
