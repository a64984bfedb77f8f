import dayjs, { type Dayjs } from 'dayjs';

/**
 * Form.Item props for a DatePicker whose form value is the stored 'YYYY-MM-DD' string (or null), so the
 * form's values are exactly what the backend takes.
 */
export const isoDateItem = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** The office's date format in pickers (domain.md §8). */
export const DATE_FORMAT = 'DD/MM/YYYY';
