/**
 * How a printed document falls onto A4 pages, decided from the heights the screen measured, so that the
 * preview shows the same page breaks as the paper and the paper breaks where the preview said. A list's rows
 * are its table's rows; a form or a report flows as blocks (a field, a line of a long text, a row of charts)
 * with no header row.
 */

import { ROWS_WITH_SIGNATURE } from '../../../shared/documents/party-format';

/** The heights of a list's parts, in CSS pixels, as laid out at the paper's width. */
export interface ListMeasure {
  /** The paper's height less its top and bottom margins. */
  pageHeight: number;
  /** What stands above the table on the first page: the Party header, the title and the subject. */
  head: number;
  /** The table's header row, repeated at the top of every page. */
  headerRow: number;
  /**
   * Each body row; `keepWithNext` for one that never ends a page: a group heading, a label, or a line of a
   * paragraph a page must not break after (`paragraphKeeps`).
   */
  rows: { height: number; keepWithNext?: boolean }[];
  /** What follows the table: the notes and the signature block, kept together with the last rows; 0 for none. */
  tail: number;
  /** How many of the last rows (headings not counted) go with the tail when it does not fit under the rest. */
  keepWithTail?: number;
}

/** Room left unused at the foot of each page: rounding of borders and sub-pixel line heights. */
export const PAGE_SLACK = 12;

/**
 * Which lines of a paragraph of `count` lines a page must not break after, so that a paragraph broken across
 * two pages leaves at least two of its lines at each side (no line alone at a page's foot or head): its first
 * line and its last but one. A paragraph of two or three lines is thus never broken.
 */
export const paragraphKeeps = (count: number): boolean[] =>
  Array.from({ length: count }, (_, i) => i < count - 1 && (i === 0 || i === count - 2));

/**
 * The row indexes of each page, in order. Rows are never split; a page ends before a row that does not fit;
 * a row kept with the next (a heading, a paragraph's first line…) never ends a page; the tail goes on the last
 * page, and when it does not fit there the last rows move with it onto a new page, so the signature never
 * stands alone.
 */
export function paginate({
  pageHeight,
  head,
  headerRow,
  rows,
  tail,
  keepWithTail = ROWS_WITH_SIGNATURE,
}: ListMeasure): number[][] {
  const room = pageHeight - PAGE_SLACK;
  const kept = (r: number) => rows[r]!.keepWithNext === true;
  const pages: number[][] = [[]];
  let used = head + headerRow;
  rows.forEach((row, i) => {
    const page = pages.at(-1)!;
    if (page.length > 0 && used + row.height > room) {
      // The rows kept with this one at the foot of the page go over with it, as many as fit over there; at
      // least one row stays behind.
      let cut = page.length;
      let carried = headerRow + row.height;
      while (cut > 1 && kept(page[cut - 1]!) && carried + rows[page[cut - 1]!]!.height <= room) {
        cut -= 1;
        carried += rows[page[cut]!]!.height;
      }
      pages.push([...page.splice(cut), i]);
      used = carried;
    } else {
      page.push(i);
      used += row.height;
    }
  });
  if (tail > 0 && used + tail > room) {
    const last = pages.at(-1)!;
    // The rows from `cut` go over with the tail: the last `keepWithTail` that are not kept with the next, and
    // those that are among them; at least one row stays behind.
    let cut = last.length;
    for (let moved = 0; moved < keepWithTail && cut > 1;) {
      cut -= 1;
      if (!kept(last[cut]!)) moved += 1;
    }
    // Rows kept with those that go, left at the foot, go too; when they are all that would stay, fewer go.
    let back = cut;
    while (back > 1 && kept(last[back - 1]!)) back -= 1;
    if (back < cut && !kept(last[back - 1]!)) cut = back;
    else while (cut < last.length && kept(last[cut - 1]!)) cut += 1;
    // A single row too tall to share a page with the signature: the signature goes on a page of its own.
    pages.push(last.splice(cut));
  }
  return pages;
}
