import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's width, and the height from its top to the window's bottom (less `reserve` for what sits
 * below it), kept current on resize: a virtual table needs both as numbers.
 */
export function useAvailableSize(ref: RefObject<HTMLElement | null>, reserve: number, minHeight = 240) {
  const [size, setSize] = useState({ width: 0, height: minHeight });
  useLayoutEffect(() => {
    const measure = () => {
      const box = ref.current?.getBoundingClientRect();
      const width = Math.floor(box?.width ?? 0);
      const height = Math.max(minHeight, Math.floor(window.innerHeight - (box?.top ?? 0) - reserve));
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    // The body changes size when the window does and when content above the element wraps or grows.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref, reserve, minHeight]);
  return size;
}
