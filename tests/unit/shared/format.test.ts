import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import {
  formatAverage,
  formatBytes,
  formatNumber,
  formatNumberInput,
  parseNumber,
  roundHalfUp,
} from '../../../shared/format/number';

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

describe('parseNumber: the one reading of a typed number', () => {
  const decimal = (text: string) => parseNumber(text, { decimals: true });
  const whole = (text: string) => parseNumber(text, { decimals: false });

  it('takes a dot or a comma as the decimal mark where decimals are allowed', () => {
    expect(decimal('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(decimal('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(decimal('13.5')).toEqual({ ok: true, value: 13.5 });
    expect(decimal(' 17,25 ')).toEqual({ ok: true, value: 17.25 });
    expect(decimal('')).toEqual({ ok: true, value: null });
  });

  it('groups thousands with dots only where that cannot be misread', () => {
    expect(decimal('1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(decimal('1.234.567,5')).toEqual({ ok: true, value: 1234567.5 });
    expect(decimal('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(whole('1.234')).toEqual({ ok: true, value: 1234 });
    expect(whole('1.234.567')).toEqual({ ok: true, value: 1234567 });
  });

  it('refuses with a message what could be read two ways or is not a number', () => {
    expect(decimal('1.234')).toEqual({
      ok: false,
      message: '“1.234” có thể là 1234 hoặc 1,234: hãy viết 1234 hoặc 1,234.',
    });
    expect(decimal('1.23.4')).toEqual({ ok: false, message: '“1.23.4” không phải là số.' });
    expect(decimal('2,5,1')).toEqual({ ok: false, message: '“2,5,1” không phải là số.' });
    expect(decimal('abc')).toEqual({ ok: false, message: '“abc” không phải là số.' });
    expect(whole('2.5')).toEqual({ ok: false, message: '“2.5”: chỉ nhập số nguyên.' });
  });

  it('reads back every number an input shows', () => {
    for (const n of [0, 7, 12.5, 999, 1000, 77.67, 123456, 1234.5, 1234567, 1234567.25]) {
      expect(decimal(formatNumberInput(n, { decimals: true }))).toEqual({ ok: true, value: n });
      if (Number.isInteger(n))
        expect(whole(formatNumberInput(n, { decimals: false }))).toEqual({ ok: true, value: n });
    }
    expect(formatNumberInput(1000, { decimals: true })).toBe('1000');
    expect(formatNumberInput(1000, { decimals: false })).toBe('1.000');
  });
});

describe('averages', () => {
  it('round half up to two decimals on the written value', () => {
    expect(roundHalfUp(77.665, 2)).toBe(77.67);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(77.664, 2)).toBe(77.66);
    expect(formatAverage(233 / 3)).toBe('77,67');
    expect(formatAverage(89.996)).toBe('90,00');
    expect(formatAverage(85)).toBe('85,00');
  });
});
