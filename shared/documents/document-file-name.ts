import { fileNameFromTitle } from '../text/file-name';

/** Longest stem kept, so the name with its extension fits every save dialog and path. */
const MAX_STEM = 140;

/**
 * A document's file name from its Vietnamese title, diacritics kept (see `fileNameFromTitle`), e.g.
 * "Bảng tổng hợp kết quả chấm điểm - Tổng kết năm 2023.xlsx".
 */
export function documentFileName(stem: string, extension: 'docx' | 'xlsx'): string {
  return fileNameFromTitle(stem, extension, MAX_STEM, 'Văn bản');
}
