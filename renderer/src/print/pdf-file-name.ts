/** Longest name print.savePdf takes, less ".pdf". */
const MAX_STEM = 146;

/** A PDF's suggested name from the document's title: Windows' forbidden characters become "-". */
export function pdfFileName(title: string): string {
  const stem = title
    .replace(/[/\\:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM);
  return `${stem || 'Van ban'}.pdf`;
}
