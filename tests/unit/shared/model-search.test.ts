import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelSearchText, searchMatcher } from '../../../shared/domain/model-search';
import { foldForSearch, matchesQuery } from '../../../shared/text/fold';

const text = fc.string({ unit: fc.constantFrom(...'aăđeôưgh xyz ĐƯỜNG'.split('')), maxLength: 20 });

describe('the model search', () => {
  it('finds a model by words of its title, person, place or unit, in any order', () => {
    const model = modelSearchText({
      title: 'Sửa chữa Đường giao thông',
      personName: 'Hoàng Văn Bình',
      commune: 'Xã Chợ Rã',
      hamlet: 'Thôn Nà Làng',
    });
    const unit = foldForSearch('Hội Nông dân');
    const found = (query: string) => searchMatcher(foldForSearch(query))(model, unit);
    expect(found('giao thong duong')).toBe(true);
    expect(found('binh na lang nong dan')).toBe(true);
    expect(found('')).toBe(true);
    expect(found('duong cau')).toBe(false);
  });

  it('answers as one search over the model text and the unit name joined', () => {
    fc.assert(
      fc.property(text, text, text, (model, unit, query) => {
        const [m, u, q] = [model, unit, query].map(foldForSearch) as [string, string, string];
        return searchMatcher(q)(m, u) === matchesQuery(`${m} ${u}`, q);
      }),
    );
  });
});
