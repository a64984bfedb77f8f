import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { pointsProblem } from '../../../shared/domain/points';
import { errorMessage } from '../api/api-error';
import { parsePoints, pointsText } from './points-text';

/** Where a cell sits in the grid, and how it saves: stable props, so typing in one cell re-renders only it. */
export interface ScoreCellProps {
  /** The saved value (null: not scored). */
  value: number | null;
  max: number;
  /** Names what is scored in the refusal: "Tiêu chí 2 (tối đa 15 điểm): …". */
  label: string;
  ariaLabel: string;
  /** Grid coordinates: rows run across both kinds of model, columns restart at 0 on each row. */
  row: number;
  col: number;
  modelId: string;
  readOnly: boolean;
  commit: (modelId: string, col: number, value: number | null) => Promise<unknown>;
}

type CellState = 'idle' | 'saving' | 'saved' | 'error';

/** How long the "saved" tick stays. Shown then removed, not faded: an animation per cell repaints the grid. */
const SAVED_TICK_MS = 2000;

/**
 * Moves the cursor to the same column `delta` rows away (or the last column, where that row has fewer);
 * at the grid's edge it stays.
 */
function moveFocus(from: HTMLInputElement, delta: number): void {
  const grid = from.closest('.score-grid');
  const cells = grid?.querySelectorAll<HTMLInputElement>(
    `input[data-row="${Number(from.dataset.row) + delta}"]`,
  );
  if (!cells || cells.length === 0) return;
  const target = cells[Math.min(Number(from.dataset.col), cells.length - 1)]!;
  // Scrolled by hand so the row clears the sticky header (scroll-margin in the CSS).
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
}

/**
 * One score: a plain input (hundreds of them must stay light). A value the criterion cannot take is refused
 * as it is typed, with the reason under the cell, and is never saved; the cursor stays until it is fixed or
 * Esc puts back the saved value. A valid change is saved when the cursor leaves the cell.
 */
export const ScoreCell = memo(function ScoreCell({
  value,
  max,
  label,
  ariaLabel,
  row,
  col,
  modelId,
  readOnly,
  commit,
}: ScoreCellProps) {
  const [draft, setDraft] = useState(pointsText(value));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const [state, setState] = useState<CellState>('idle');
  // The value last sent, so leaving the cell after Enter or Tab does not save it a second time.
  const sent = useRef(value);
  const problemId = useId();

  // A value saved elsewhere (the sheets reloaded) is what the next change is compared with.
  useEffect(() => {
    sent.current = value;
  }, [value]);

  useEffect(() => {
    if (state !== 'saved') return;
    const timer = window.setTimeout(() => setState('idle'), SAVED_TICK_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  // A new saved value (a save answered, or the sheets reloaded) replaces the text unless it is being changed.
  if (value !== shown) {
    setShown(value);
    if (parsePoints(draft) === shown) setDraft(pointsText(value));
  }

  const check = (text: string): string | null => {
    const parsed = parsePoints(text);
    return parsed === null ? null : pointsProblem(parsed, max, label);
  };

  /** Saves the text if it changed; false when it is refused (the cursor must not leave). */
  const save = (): boolean => {
    const refusal = check(draft);
    setProblem(refusal);
    if (refusal) return false;
    const parsed = parsePoints(draft);
    if (parsed === sent.current) return true;
    sent.current = parsed;
    setState('saving');
    commit(modelId, col, parsed).then(
      () => setState('saved'),
      (error: unknown) => {
        // Not saved: the next attempt must send it again.
        sent.current = Number.NaN;
        setProblem(errorMessage(error));
        setState('error');
      },
    );
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key, shiftKey, currentTarget } = event;
    if (key === 'Escape' && !readOnly) {
      setDraft(pointsText(value));
      setProblem(null);
      setState('idle');
      return;
    }
    const delta =
      key === 'Enter' ? (shiftKey ? -1 : 1) : key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
    if (key !== 'Tab' && delta === 0) return;
    // A finalised round's grid is read, not typed in: the keys still move, nothing is saved.
    if (!readOnly && !save()) {
      event.preventDefault();
      return;
    }
    // Tab goes on to the next input in the page's order: right along the row, then the next row.
    if (delta !== 0) {
      event.preventDefault();
      moveFocus(currentTarget, delta);
    }
  };

  return (
    <td className="score-cell" data-state={problem ? 'error' : state}>
      <input
        className="score-input"
        inputMode="decimal"
        autoComplete="off"
        aria-label={ariaLabel}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        data-row={row}
        data-col={col}
        readOnly={readOnly}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(check(event.target.value));
          setState('idle');
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => {
          if (!readOnly) save();
        }}
        onKeyDown={onKeyDown}
      />
      {state === 'saved' && !problem && (
        <span className="cell-flag" aria-hidden>
          ✓
        </span>
      )}
      {problem && (
        <div className="cell-problem" id={problemId} role="alert">
          {problem}
        </div>
      )}
    </td>
  );
});
