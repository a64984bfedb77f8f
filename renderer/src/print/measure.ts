import type { ListMeasure } from './paginate';

/**
 * Heights of a printed document's parts, read from the document laid out whole at the paper's width, for
 * `paginate`. Browser only: each reads the layout the screen made.
 */

/** Where the sheet's content starts: its top less the padding the screen gives it for the paper's margin. */
export function contentTop(sheet: HTMLElement): number {
  return sheet.getBoundingClientRect().top + parseFloat(getComputedStyle(sheet).paddingTop);
}

/** A block of a flowing document by where it starts on the sheet; a heading keeps with the block after it. */
export interface FlowBlock {
  top: number;
  keepWithNext?: boolean;
}

/**
 * A flow of blocks, one after another under a head that starts at `top`, measured by where each starts: a
 * block's height runs to the start of the next (so the space between them counts), the last one's to `end`,
 * and the tail (the signature) from there to its own foot.
 */
export function flowMeasure(
  top: number,
  pageHeight: number,
  blocks: readonly FlowBlock[],
  end: number,
  tail: Element | null,
): ListMeasure {
  return {
    pageHeight,
    head: (blocks[0]?.top ?? end) - top,
    headerRow: 0,
    rows: blocks.map((b, i) => ({
      height: (blocks[i + 1]?.top ?? end) - b.top,
      ...(b.keepWithNext ? { keepWithNext: true } : {}),
    })),
    tail: tail ? tail.getBoundingClientRect().bottom - end : 0,
  };
}

/**
 * Where each line of a paragraph starts: the offset in its text (one text node, no line ends) and the line's
 * top on screen. A page may break between two lines, and the paragraph is then drawn as two slices of its
 * text, which wrap at the same places since each slice starts where a line did.
 */
export function paragraphLines(paragraph: HTMLElement): { offset: number; top: number }[] {
  const text = paragraph.firstChild;
  // The first line is measured from the paragraph's own top, so the lines' heights add up to its height.
  const lines = [{ offset: 0, top: paragraph.getBoundingClientRect().top }];
  if (!(text instanceof Text)) return lines;
  const range = document.createRange();
  let lineTop: number | null = null;
  for (let i = 0; i < text.length; i++) {
    // Spaces hang at the end of the line they follow: a line starts at its first letter.
    if (/\s/.test(text.data[i]!)) continue;
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    const box = range.getBoundingClientRect();
    if (lineTop === null) lineTop = box.top;
    else if (box.top > lineTop + box.height / 2) {
      lines.push({ offset: i, top: box.top });
      lineTop = box.top;
    }
  }
  return lines;
}
