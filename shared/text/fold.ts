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
  if (buffer.length < text.length) buffer = new Uint16Array(text.length);
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const folded =
      c < LATIN_END
        ? table[c]!
        : c >= MARKS_START && c < MARKS_END
          ? DROPPED
          : c >= EXTENDED_START && c < EXTENDED_END
            ? table[c - EXTENDED_START + LATIN_END]!
            : OTHER;
    if (folded === OTHER) return foldAny(text);
    if (folded === SPACE) space = length > 0;
    else if (folded !== DROPPED) {
      if (space) buffer[length++] = 0x20;
      space = false;
      buffer[length++] = folded;
    }
  }
  return fromCodes(buffer, length);
}

/**
 * One flat string of the codes: adding a character at a time would leave a rope of thousands of pieces per
 * text, which V8 flattens (and the collector sweeps) at the first `includes` over it.
 */
function fromCodes(codes: Uint16Array, length: number): string {
  let text = '';
  for (let start = 0; start < length; start += CHUNK) {
    // `apply` takes the typed array as it is; spreading it would first copy it through an iterator.
    const chunk = codes.subarray(start, Math.min(length, start + CHUNK));
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return text;
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
/** Table entries: white space (one space between words, none at either end), a dropped mark, no entry. */
const SPACE = -1;
const DROPPED = -2;
const OTHER = -3;
/** Characters passed to `String.fromCharCode` at a time, well below any engine's argument limit. */
const CHUNK = 4096;

let buffer = new Uint16Array(256);
let table: Int32Array | undefined;

function latinTable(): Int32Array {
  if (!table) {
    const codes = [
      ...Array.from({ length: LATIN_END }, (_, c) => c),
      ...Array.from({ length: EXTENDED_END - EXTENDED_START }, (_, i) => EXTENDED_START + i),
    ];
    // Between two letters, white space folds to "a a", a lone mark to "aa", any other letter to one letter.
    table = Int32Array.from(codes, (c) => {
      const folded = foldAny(`a${String.fromCharCode(c)}a`);
      return folded === 'a a' ? SPACE : folded.length === 2 ? DROPPED : folded.charCodeAt(1);
    });
  }
  return table;
}

/** True when every word of the query appears in the folded haystack (in any order). */
export function matchesQuery(foldedHaystack: string, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  return foldedQuery.split(' ').every((word) => foldedHaystack.includes(word));
}
