import { fileNameFromTitle } from '../../../shared/text/file-name';

/** Longest name print.savePdf takes, less ".pdf". */
const MAX_STEM = 146;

/** A PDF's suggested name from the document's title (see `fileNameFromTitle`). */
export function pdfFileName(title: string): string {
  return fileNameFromTitle(title, 'pdf', MAX_STEM, 'Van ban');
}
