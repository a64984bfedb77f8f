/**
 * How a printed document falls onto A4 pages, decided from the heights the screen measured, so that the
 * preview shows the same page breaks as the paper and the paper breaks where the preview said. A list's rows
 * are its table's rows; a form or a report flows as blocks (a field, a line of a long text, a row of charts)
 * with no header row.
 */

/** The heights of a list's parts, in CSS pixels, as laid out at the paper's width. */
export interface ListMeasure {
  /** The paper's height less its top and bottom margins. */
  pageHeight: number;
  /** What stands above the table on the first page: the Party header, the title and the subject. */
  head: number;
  /** The table's header row, repeated at the top of every page. */
  headerRow: number;
  /** Each body row; `keepWithNext` for a group heading, which never ends a page. */
  rows: { height: number; keepWithNext?: boolean }[];
  /** What follows the table: the notes and the signature block, kept together with the last rows; 0 for none. */
  tail: number;
  /** How many of the last rows (headings not counted) go with the tail when it does not fit under the rest. */
  keepWithTail?: number;
}

/** How many of a list's last rows go with the signature when it does not fit under the rest. */
export const ROWS_WITH_SIGNATURE = 2;

/** Room left unused at the foot of each page: rounding of borders and sub-pixel line heights. */
export const PAGE_SLACK = 12;

/**
 * The row indexes of each page, in order. Rows are never split; a page ends before a row that does not fit;
 * a group heading is never the last row of a page; the tail goes on the last page, and when it does not fit
 * there the last rows move with it onto a new page, so the signature never stands alone.
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
  const pages: number[][] = [[]];
  let used = head + headerRow;
  rows.forEach((row, i) => {
    const page = pages.at(-1)!;
    if (page.length > 0 && used + row.height > room) {
      // A heading left at the foot of the page goes over with the row it heads.
      const carried = rows[page.at(-1)!]!.keepWithNext && page.length > 1 ? [page.pop()!] : [];
      pages.push([...carried, i]);
      used = headerRow + carried.reduce((h, r) => h + rows[r]!.height, 0) + row.height;
    } else {
      page.push(i);
      used += row.height;
    }
  });
  if (tail > 0 && used + tail > room) {
    const last = pages.at(-1)!;
    // The rows from `cut` go over with the tail: the last `keepWithTail` that are not headings, and the headings
    // among them; at least one row stays behind.
    let cut = last.length;
    for (let kept = 0; kept < keepWithTail && cut > 1;) {
      cut -= 1;
      if (!rows[last[cut]!]!.keepWithNext) kept += 1;
    }
    if (cut < last.length && rows[last[cut - 1]!]!.keepWithNext) {
      // A heading left at the foot goes over with its rows; when it is all that would stay, fewer rows go.
      if (cut > 1) cut -= 1;
      else while (cut < last.length && rows[last[cut - 1]!]!.keepWithNext) cut += 1;
    }
    // A single row too tall to share a page with the signature: the signature goes on a page of its own.
    pages.push(last.splice(cut));
  }
  return pages;
}
