import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render now, growing by `step` after each commit. A batch of 2,100 printed
 * pages rendered at once holds the window for seconds; in steps, the window stays responsive and shows how
 * far it is.
 */
export function useProgressiveCount(total: number, step: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= total) return;
    // A macrotask, not a microtask: the browser paints and takes input between steps.
    const timer = window.setTimeout(() => setCount((c) => Math.min(total, c + step)), 0);
    return () => window.clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
