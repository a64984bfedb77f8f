/**
 * Folds text for search: lower case, no diacritics, "đ" as "d", runs of spaces as one, so that
 * "duong giao thong" finds "Đường giao thông" (domain.md §8).
 *
 * A province's 25,000 models are folded on the first search: Latin and Vietnamese letters (precomposed or
 * with combining marks) go through a table, one pass, no normalisation; any other character sends the whole
 * text through the general path, which the table is built from, so both give the same answer.
 */
export function foldForSearch(text: string): string {
  const table = latinTable();
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const folded =
      c < LATIN_END
        ? table[c]
        : c >= MARKS_START && c < MARKS_END
          ? ''
          : c >= EXTENDED_START && c < EXTENDED_END
            ? table[c - EXTENDED_START + LATIN_END]
            : undefined;
    if (folded === undefined) return foldAny(text);
    if (folded === SPACE) space = out !== '';
    else if (folded !== '') {
      if (space) out += ' ';
      space = false;
      out += folded;
    }
  }
  return out;
}

/** The general fold: any text, any script. */
function foldAny(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Basic Latin to Latin Extended-B, the combining diacritics (dropped), and Latin Extended Additional
// (Vietnamese "ạ", "ế", "ự"…). No letter of these lowercases by its neighbours, as Greek's final sigma does.
const LATIN_END = 0x250;
const MARKS_START = 0x300;
const MARKS_END = 0x370;
const EXTENDED_START = 0x1e00;
const EXTENDED_END = 0x1f00;
/** A table entry for white space, which folds to one space between words and none at either end. */
const SPACE = ' ';

let table: string[] | undefined;

function latinTable(): string[] {
  if (!table) {
    const codes = [
      ...Array.from({ length: LATIN_END }, (_, c) => c),
      ...Array.from({ length: EXTENDED_END - EXTENDED_START }, (_, i) => EXTENDED_START + i),
    ];
    // Between two letters, white space folds to "a a" and a lone mark to "aa".
    table = codes.map((c) => {
      const folded = foldAny(`a${String.fromCharCode(c)}a`);
      return folded === 'a a' ? SPACE : folded.slice(1, -1);
    });
  }
  return table;
}

/** True when every word of the query appears in the folded haystack (in any order). */
export function matchesQuery(foldedHaystack: string, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  return foldedQuery.split(' ').every((word) => foldedHaystack.includes(word));
}
