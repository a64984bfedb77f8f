import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Rows drawn beyond the window's edges, so a key or a short scroll never reaches an undrawn row. */
const OVERSCAN_PX = 480;
/** The drawn range moves in steps of this many rows: scrolling re-renders the table every few rows, not each. */
const STEP = 8;
/** A row's height before one is measured (an input of 40 px and two lines of name). */
const ROW_HEIGHT_GUESS = 50;

/** What a long table draws: a run of rows, or the room of the rows it leaves out. */
export type RowSegment = { row: number } | { gap: number; key: string };

interface RowWindow {
  start: number;
  end: number;
  /** A row kept drawn outside the window: the one holding the cursor (its typing must not be lost). */
  pinned: number | null;
}

const sameWindow = (a: RowWindow, b: RowWindow) =>
  a.start === b.start && a.end === b.end && a.pinned === b.pinned;

/**
 * The rows of a long table that are on screen (with a margin), for a table in the page's own scroll whose
 * rows all have one height: the others are drawn as two empty rows of their height, so the scroll bar, the
 * sticky header and the page's length stay as if every row were there. 5,000 models × 5 inputs drawn at
 * once made every saved cell cost a second of style, layout and paint.
 */
export function useRowWindow(
  count: number,
  body: RefObject<HTMLTableSectionElement | null>,
): { segments: RowSegment[]; rowHeight: number; keep: (row: number | null) => void } {
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT_GUESS);
  const [shown, setShown] = useState<RowWindow>({ start: 0, end: Math.min(count, 2 * STEP), pinned: null });
  const kept = useRef<number | null>(null);

  const update = useCallback(() => {
    const element = body.current;
    if (!element) return;
    const first = element.querySelector<HTMLTableRowElement>('tr[aria-rowindex]');
    const height = first?.getBoundingClientRect().height || rowHeight;
    if (height !== rowHeight) setRowHeight(height);
    const top = element.getBoundingClientRect().top;
    const from = Math.floor((-top - OVERSCAN_PX) / height / STEP) * STEP;
    const to = Math.ceil((window.innerHeight - top + OVERSCAN_PX) / height / STEP) * STEP;
    const start = Math.min(Math.max(from, 0), count);
    const end = Math.min(Math.max(to, start), count);
    const pin = kept.current;
    const next = {
      start,
      end,
      pinned: pin !== null && pin < count && (pin < start || pin >= end) ? pin : null,
    };
    setShown((current) => (sameWindow(current, next) ? current : next));
  }, [body, count, rowHeight]);

  // After every render (a search narrows the rows, a message above moves the table) and on every scroll.
  useLayoutEffect(update);
  useLayoutEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          update();
        });
    };
    // A key that moved the cursor has scrolled it into view by the end of its handler: the rows beyond are
    // drawn before the next key is handled, not a frame later (keys pressed quickly ran past the drawn rows).
    // Any cursor move, in this table or another: Enter goes on from one table's last row to the next's first.
    const followCursor = () => queueMicrotask(() => flushSync(update));
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('focusin', followCursor);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      window.removeEventListener('focusin', followCursor);
    };
  }, [update]);

  const keep = useCallback((row: number | null) => {
    kept.current = row;
  }, []);

  return { segments: segmentsOf(shown, count), rowHeight, keep };
}

/** The drawn rows in order, with a gap for each run of rows left out. */
function segmentsOf({ start, end, pinned }: RowWindow, count: number): RowSegment[] {
  const rows: number[] = [];
  if (pinned !== null && pinned < start) rows.push(pinned);
  for (let row = start; row < Math.min(end, count); row++) rows.push(row);
  if (pinned !== null && pinned >= end && pinned < count) rows.push(pinned);
  const segments: RowSegment[] = [];
  let next = 0;
  for (const row of rows) {
    if (row > next) segments.push({ gap: row - next, key: `gap-${next}` });
    segments.push({ row });
    next = row + 1;
  }
  if (count > next) segments.push({ gap: count - next, key: `gap-${next}` });
  return segments;
}
