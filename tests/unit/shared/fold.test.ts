import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery } from '../../../shared/text/fold';

const vietnamese = fc.string({
  unit: fc.constantFrom(
    ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯ AĐ'.split(
      '',
    ),
  ),
  maxLength: 40,
});

/** The fold spelled out on the whole text, as the general path does it. */
const normalised = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Vietnamese with marks typed apart, odd spaces, other Latin letters and any other character. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'aĐđẠỹ \t\n\u00a0\u2003\u0301\u0323\u0309İıŉǅßÆ'.split('')),
    fc.integer({ min: 0, max: 0x24f }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x1e00, max: 0x1eff }).map((c) => String.fromCharCode(c)),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('search folding', () => {
  it('gives what normalising the whole text gives, for any text', () => {
    fc.assert(
      fc.property(anyText, (s) => foldForSearch(s) === normalised(s)),
      { numRuns: 2000 },
    );
    const long = 'Đường  giao thông\n'.repeat(1000);
    expect(foldForSearch(long)).toBe(normalised(long));
    for (let c = 0; c < 0x2000; c++) {
      const text = `Ab${String.fromCharCode(c)}Cd ${String.fromCharCode(c)}`;
      expect(foldForSearch(text)).toBe(normalised(text));
    }
  });

  it('finds "Dân vận khéo" from "dan van kheo" and "Đường giao thông" from "duong giao thong"', () => {
    expect(foldForSearch('Dân vận khéo')).toBe('dan van kheo');
    expect(foldForSearch('Đường giao thông')).toBe('duong giao thong');
    expect(
      matchesQuery(foldForSearch('Sửa chữa Đường giao thông liên thôn'), foldForSearch('duong giao thong')),
    ).toBe(true);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(vietnamese, (s) => foldForSearch(foldForSearch(s)) === foldForSearch(s)));
  });

  it('folds đ and Đ to d and leaves no diacritic or capital', () => {
    fc.assert(
      fc.property(vietnamese, (s) => {
        const folded = foldForSearch(s);
        return !/[đĐ]/.test(folded) && folded === folded.toLowerCase() && folded.normalize('NFD') === folded;
      }),
    );
    expect(foldForSearch('đĐ')).toBe('dd');
  });

  it('does not depend on how the text was composed (NFC or NFD) or on case', () => {
    fc.assert(
      fc.property(
        vietnamese,
        (s) => foldForSearch(s.normalize('NFD')) === foldForSearch(s.normalize('NFC').toUpperCase()),
      ),
    );
  });

  it('any part of a text, folded, is found in the folded text', () => {
    fc.assert(
      fc.property(vietnamese, fc.nat(), fc.nat(), (s, a, b) => {
        const words = s.split(' ').filter(Boolean);
        const part = words
          .slice(Math.min(a, b) % (words.length + 1), Math.max(a, b) % (words.length + 1))
          .join(' ');
        return matchesQuery(foldForSearch(s), foldForSearch(part));
      }),
    );
  });
});
