import { z } from 'zod';
import { formatDate } from '../format/date';
import { formatAverage, formatNumber, roundHalfUp } from '../format/number';

/**
 * A list the office hands on ("Danh sách…", "Bảng tổng hợp…") as data: built once from the records by the
 * pure builders beside this file, then drawn by the print view, the Word writer and the Excel writer, so the
 * three always show the same rows, ranks and totals.
 */

/**
 * What a column holds, which decides how each writer shows it: `number` "1.234" or "17,5" (Excel `#,##0`),
 * `average` two decimals "85,50" (Excel `0.00`, rounded half up as `formatAverage`), `date` an ISO day shown "dd/mm/yyyy" (an Excel date).
 */
export const columnTypes = ['text', 'number', 'average', 'date'] as const;
export type ColumnType = (typeof columnTypes)[number];

export const documentColumnSchema = z.object({
  label: z.string(),
  type: z.enum(columnTypes),
  /** Width in characters of Times New Roman 13 pt: Excel's column width, and the share of a Word table. */
  width: z.number(),
});
export type DocumentColumn = z.infer<typeof documentColumnSchema>;

/** A cell: text (lines split by "\n"), a number, an ISO date "2023-12-20", null for "no value" ("–"), '' for blank. */
export const cellSchema = z.union([z.string(), z.number(), z.null()]);
export type Cell = z.infer<typeof cellSchema>;

export const documentRowSchema = z.object({
  cells: z.array(cellSchema),
  /** Indexes of cells shown struck through: a total left out of the average. */
  struck: z.array(z.number()).optional(),
  /** A "Tổng cộng" row. */
  bold: z.boolean().optional(),
});
export type DocumentRow = z.infer<typeof documentRowSchema>;

export const documentSectionSchema = z.object({
  /** "I. MÔ HÌNH TẬP THỂ (12 mô hình)", a bold row across the table; null for a list without groups. */
  heading: z.string().nullable(),
  rows: z.array(documentRowSchema),
});
export type DocumentSection = z.infer<typeof documentSectionSchema>;

export const partyHeadSchema = z.object({
  parent: z.string(),
  issuer: z.string(),
  number: z.string(),
  party: z.string(),
  placeAndDate: z.string(),
});

export const signatureSchema = z.object({
  /** "T/M BAN THƯỜNG VỤ", "TRƯỞNG BAN": bold capitals above the signature. */
  lines: z.array(z.string()),
  name: z.string(),
});
export type Signature = z.infer<typeof signatureSchema>;

export const listDocumentSchema = z.object({
  head: partyHeadSchema,
  /** "Danh sách mô hình được công nhận": written in capitals. */
  title: z.string(),
  /** Bold lines under the title. */
  subject: z.array(z.string()),
  columns: z.array(documentColumnSchema),
  sections: z.array(documentSectionSchema),
  /** Lines under the table: "Tổng cộng: 12 mô hình.", the round's note on classification. */
  notes: z.array(z.string()),
  signature: signatureSchema,
  /** Printed across the page (a wide table). */
  landscape: z.boolean(),
  /** The file's name without its extension, in Vietnamese: "Danh sách mô hình được công nhận năm 2023". */
  fileStem: z.string(),
});
export type ListDocument = z.infer<typeof listDocumentSchema>;

const DASH = '–';

/** An average as every screen, print and file shows it: two decimals, rounded half up (`formatAverage`). */
export const documentAverage = (value: number) => roundHalfUp(value, 2);

/** A cell as text, for the print view and the Word table. */
export function cellText(type: ColumnType, value: Cell): string {
  if (value === '') return '';
  if (value === null) return type === 'text' ? '' : DASH;
  if (typeof value === 'string') return type === 'date' ? formatDate(`${value}T00:00:00`) : value;
  return type === 'average' ? formatAverage(value) : formatNumber(value);
}

/** Every row of every section, for counting and for a flat table. */
export const documentRows = (doc: Pick<ListDocument, 'sections'>) => doc.sections.flatMap((s) => s.rows);
