import type { Margins } from '../../../shared/domain/office-settings';

/**
 * The paper of a printed document: A4, upright or landscape, with the office's margins (domain.md §7). Both
 * the print dialog and Electron's printToPDF follow @page, so this one rule sets the paper everywhere. On
 * screen the same margins pad each sheet, so the preview breaks lines where the paper will.
 */
export function PageSetup({
  margins,
  landscape = false,
  numbered = false,
}: {
  margins: Margins;
  landscape?: boolean;
  /** The page number in the top margin, centred, from page 2 (Hướng dẫn 36-HD/VPTW). */
  numbered?: boolean;
}) {
  const { top, right, bottom, left } = margins;
  const box = `${top}mm ${right}mm ${bottom}mm ${left}mm`;
  const number = numbered
    ? `
@page { @top-center { content: counter(page); font-family: 'Tinos', 'Times New Roman', serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }`
    : '';
  return (
    <style>{`@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: ${box}; }${number}
@media screen { .print-sheet { padding: ${box}; } }`}</style>
  );
}
