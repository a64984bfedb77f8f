/**
 * InputNumber props showing numbers as the office writes them, "1.234.567,5", while still accepting what is
 * being typed as is (reformatting mid-typing would move the caret).
 */
export const viNumberInput = {
  formatter: (value: number | string | undefined, info: { userTyping: boolean; input: string }) => {
    if (info.userTyping) return info.input;
    if (value === undefined || value === '') return '';
    const [whole = '', fraction] = String(value).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return fraction ? `${grouped},${fraction}` : grouped;
  },
  parser: (display: string | undefined) => (display ?? '').replace(/\./g, '').replace(',', '.'),
};
