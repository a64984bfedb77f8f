import { useEffect } from 'react';

/** Ctrl+Enter (and Ctrl+S, which office staff press out of habit) saves the form on screen. */
export function useSaveShortcut(save: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && (event.key === 'Enter' || event.key.toLowerCase() === 's')) {
        // Captured and kept from the focused input: Enter would otherwise also open a focused drop-down.
        event.preventDefault();
        event.stopPropagation();
        save();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [save]);
}
