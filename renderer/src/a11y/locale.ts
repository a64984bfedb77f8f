import type { Locale } from 'antd/es/locale';
import viVN from 'antd/es/locale/vi_VN';

const datePicker = viVN.DatePicker!;
// antd names the calendar's month and year buttons "Chọn tháng" and "Chọn năm", which leaves out the words
// they show ("Tháng 12", "2026"): a speech user says what is on screen and is not understood (WCAG 2.5.3).
// Without those names each button is named by what it shows, and the month is written out in full.
const { monthSelect: _month, yearSelect: _year, ...lang } = datePicker.lang;

/**
 * The page arrows' words: antd's ("Trang Trước", "Trang Kế") title the list items around the arrows; the
 * buttons inside, which a screen reader lands on, take the same words (quiet-icons.ts). The "•••" items that
 * jump 5 pages (3 in a short pager) are named as one pair with them, instead of antd's "Về 5 Trang Trước" /
 * "Đến 5 Trang Kế".
 */
const pagination = {
  ...viVN.Pagination,
  prev_page: 'Trang trước',
  next_page: 'Trang sau',
  prev_5: 'Lùi 5 trang',
  next_5: 'Tiến 5 trang',
  prev_3: 'Lùi 3 trang',
  next_3: 'Tiến 3 trang',
};

/** antd's Vietnamese texts, with the calendar's header named by what it shows, and the page arrows. */
export const appLocale: Locale = {
  ...viVN,
  Pagination: pagination,
  DatePicker: { ...datePicker, lang: { ...lang, monthFormat: '[Tháng] M' } as typeof datePicker.lang },
};
