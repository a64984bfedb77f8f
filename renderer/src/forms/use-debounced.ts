import { useEffect, useMemo, useRef } from 'react';

/** A debounced call, and the way to drop the one pending (a key that acts at once, like Enter). */
export type Debounced<A extends unknown[]> = ((...args: A) => void) & { cancel: () => void };

/** `fn` called once typing pauses for `ms`; a pending call is dropped when the component goes away. */
export function useDebounced<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  const latest = useRef(fn);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    latest.current = fn;
  }, [fn]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useMemo(() => {
    const call = (...args: A) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => latest.current(...args), ms);
    };
    return Object.assign(call, { cancel: () => window.clearTimeout(timer.current) });
  }, [ms]);
}
