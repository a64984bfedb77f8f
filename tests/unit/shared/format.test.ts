import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { formatBytes, formatNumber } from '../../../shared/format/number';

describe('formats', () => {
  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate(new Date(2023, 11, 20))).toBe('20/12/2023');
    expect(formatDate(new Date(2024, 0, 5))).toBe('05/01/2024');
    expect(formatDateTime(new Date(2024, 0, 5, 7, 3))).toBe('05/01/2024 07:03');
  });

  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatBytes(2_500_000)).toBe('2,38 MB');
  });
});
