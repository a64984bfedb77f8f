import type { Margins } from '../../../shared/domain/office-settings';

/**
 * The paper of a printed document: A4, upright or landscape, with the office's margins (domain.md §7). Both
 * the print dialog and Electron's printToPDF follow @page, so this one rule sets the paper everywhere. On
 * screen the same margins pad each sheet, so the preview breaks lines where the paper will.
 */
export function PageSetup({ margins, landscape = false }: { margins: Margins; landscape?: boolean }) {
  const { top, right, bottom, left } = margins;
  const box = `${top}mm ${right}mm ${bottom}mm ${left}mm`;
  return (
    <style>{`@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: ${box}; }
@media screen { .print-sheet { padding: ${box}; } }`}</style>
  );
}
