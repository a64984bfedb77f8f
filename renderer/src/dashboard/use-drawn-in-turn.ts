import { useEffect, useState } from 'react';

/**
 * How many of `count` charts to draw so far: `first` with the page, then one more after each painted frame.
 * Building a chart is tens of milliseconds of layout reads and text measuring: "Tổng quan"'s charts built in
 * one go held its figures and top charts off the screen (~90 ms of main-thread time on a province's data),
 * though only the top two are in view. Only ever grows, so a chart once drawn stays as the filters change.
 */
export function useDrawnInTurn(count: number, first: number): number {
  const [drawn, setDrawn] = useState(first);
  useEffect(() => {
    if (drawn >= count) return;
    // The next one after the frame showing this one is painted: rAF runs before the paint, the timeout after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn((n) => n + 1));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn, count]);
  return drawn;
}
