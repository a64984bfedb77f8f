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

describe('search folding', () => {
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
