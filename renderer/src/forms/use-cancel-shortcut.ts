import { useEffect } from 'react';

/** Esc belongs to an open list or calendar (it closes it), or to a dialog on top: not to the form. */
function escapeTakenElsewhere(target: EventTarget | null): boolean {
  if (target instanceof Element && target.closest('[aria-expanded="true"], [role="dialog"]')) return true;
  return document.querySelector('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)') !== null;
}

/** Esc cancels the form on screen, unless a drop-down or dialog takes it first. */
export function useCancelShortcut(cancel: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || escapeTakenElsewhere(event.target)) return;
      // Handled here only: a dialog that `cancel` opens must not receive this same key press and close.
      event.preventDefault();
      event.stopPropagation();
      cancel();
    };
    // Capture phase: see the drop-down still open, before its own handler closes it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [cancel]);
}
