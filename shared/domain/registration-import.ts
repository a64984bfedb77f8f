import { normalizeText } from '../text/normalize';
import type { Field, Unit } from './catalogues';
import { columnOfHeader, foldName, importColumns, labelOf, type ImportColumn } from './import-columns';
import {
  blankModelForm,
  kindLabels,
  modelFormSchema,
  registrationLabels,
  type Model,
  type ModelForm,
  type ModelKind,
  type RegistrationType,
} from './model';

/**
 * Reading a unit's registration list (issue 13 §1): a sheet's cells in, what each row will become and every
 * problem out. Pure, so the preview, the commit and the tests run the same rules; the workbook reader only
 * turns a file into `Cell[][]` (formulas as cached values, merged cells copied to every cell they cover).
 */
export type Cell = string | number | boolean | Date | null;

/** The header row is looked for in this many first rows (a title block may stand above it). */
export const HEADER_SEARCH_ROWS = 15;
export const MAX_IMPORT_ROWS = 50_000;

export interface ImportProblem {
  /** The row number Excel shows. */
  row: number;
  /** The column's label ("Tên mô hình"), or '' for the row as a whole. */
  column: string;
  /** The whole sentence, "Dòng 9: thiếu Tên mô hình". */
  message: string;
  /** Set when the problem is a unit or field not in the catalogue: mapping that name solves it. */
  unknown?: { kind: 'units' | 'fields'; name: string };
}

/** One data row as read: the raw cells of the columns found. */
export interface SheetRow {
  row: number;
  cells: Partial<Record<ImportColumn, Cell>>;
}

export interface ParsedSheet {
  headerRow: number;
  columns: ImportColumn[];
  rows: SheetRow[];
}

export class SheetShapeError extends Error {}

const FOOTER =
  /^(tong cong|tong so|tong \d|cong\s*[:.]?\s*[\d ]*$|nguoi lap|nguoi ky|xac nhan|t\/m\b|k\/t\b|t\/l\b|tm\.|kt\.|thu truong|noi nhan|ky ten|ky, ghi ro)/;
/** The template's example row carries "Ví dụ" in its "STT" cell, so leaving it in the file imports nothing. */
export const EXAMPLE_LABEL = 'Ví dụ';
const EXAMPLE_MARK = foldName(EXAMPLE_LABEL);
const DATE_LINE = /ngay \S+ thang \S+ nam \d{4}/;

function text(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDay(cell);
  return normalizeText(String(cell));
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Finds the header row and reads every data row under it, up to the footer. */
export function parseSheet(grid: readonly (readonly Cell[])[]): ParsedSheet {
  let best: { index: number; columns: (ImportColumn | null)[]; score: number } | null = null;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, grid.length); i++) {
    const seen = new Set<ImportColumn>();
    const columns = (grid[i] ?? []).map((cell) => {
      const def = typeof cell === 'string' ? columnOfHeader(cell) : undefined;
      // A merged header repeats its label in every cell it covers: the first of them takes the column.
      if (!def || (def.key !== 'ignored' && seen.has(def.key))) return null;
      seen.add(def.key);
      return def.key;
    });
    const score = [...seen].filter((k) => k !== 'ignored').length;
    if (seen.has('title') && score >= 2 && (!best || score > best.score)) best = { index: i, columns, score };
  }
  if (!best) {
    throw new SheetShapeError(
      `Không tìm thấy dòng tiêu đề cột trong ${HEADER_SEARCH_ROWS} dòng đầu: cần có cột “Tên mô hình” và ít nhất một cột khác như “Đơn vị đăng ký”, “Lĩnh vực”. Hãy dùng “Tải mẫu Excel”.`,
    );
  }
  const { index, columns } = best;
  const rows: SheetRow[] = [];
  for (let i = index + 1; i < grid.length; i++) {
    const line = grid[i] ?? [];
    const cells: Partial<Record<ImportColumn, Cell>> = {};
    const filled: string[] = [];
    let example = false;
    columns.forEach((key, c) => {
      const value = line[c] ?? null;
      if (!key || text(value) === '') return;
      filled.push(text(value));
      if (key !== 'ignored') cells[key] = value;
      else if (foldName(text(value)) === EXAMPLE_MARK) example = true;
    });
    // Blank, only "STT", or the template's example row.
    if (Object.keys(cells).length === 0 || example) continue;
    // A footer has no title of its own (or the same text merged across the title's cell).
    const first = text(line.find((cell) => text(cell ?? null) !== '') ?? null);
    const title = text(cells.title ?? null);
    if (title === '' || title === first) {
      const folded = foldName(first);
      if (FOOTER.test(folded) || DATE_LINE.test(folded)) break;
    }
    // "(1) (2) (3)…" under the header, or a heading merged across the row ("I. TẬP THỂ").
    if (filled.length >= 3 && filled.every((t) => /^\(?\d+\)?$/.test(t))) continue;
    if (filled.length >= 3 && filled.every((t) => t === filled[0])) continue;
    rows.push({ row: i + 1, cells });
  }
  return { headerRow: index + 1, columns: columns.filter((k): k is ImportColumn => k !== null), rows };
}

/** What the import needs to know of the office and the stored models. */
export interface ImportContext {
  year: number;
  fileName: string;
  units: readonly Unit[];
  fields: readonly Field[];
  /** Models of the import's year, not in the trash. */
  sameYear: readonly Pick<Model, 'id' | 'title' | 'unitId'>[];
  /** Models of the year before, not in the trash: a "Duy trì" row links to one of them. */
  lastYear: readonly Pick<Model, 'id' | 'title' | 'unitId'>[];
}

/** Unknown names chosen by the user: folded name → catalogue id. */
export interface ResolvedMappings {
  units: Record<string, string>;
  fields: Record<string, string>;
}

export interface PlannedRow {
  row: number;
  title: string;
  kind: ModelKind;
  unitName: string;
  fieldName: string;
  registration: RegistrationType;
  personName: string;
  previousTitle: string | null;
  /** The registration to create, when the row has no problem. */
  form: ModelForm | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  problems: ImportProblem[];
  counts: { rows: number; ready: number; withProblems: number };
}

function matcher<T extends { id: string; name: string }>(
  items: readonly T[],
  mapped: Record<string, string>,
) {
  const exact = new Map<string, T>();
  const core = new Map<string, T | null>();
  for (const item of items) {
    exact.set(foldName(item.name), item);
    const key = coreName(item.name);
    core.set(key, core.has(key) ? null : item); // a core name two items share matches neither
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  return memo((name: string): T | undefined => {
    const folded = foldName(name);
    const mappedId = mapped[folded];
    return (
      (mappedId ? byId.get(mappedId) : undefined) ??
      exact.get(folded) ??
      core.get(coreName(name)) ??
      undefined
    );
  });
}

/** A list names the same unit, field or kind on many rows: each distinct text is folded and looked up once. */
function memo<R>(fn: (text: string) => R): (text: string) => R {
  const seen = new Map<string, R>();
  return (text) => {
    if (!seen.has(text)) seen.set(text, fn(text));
    return seen.get(text)!;
  };
}

/** "UBND xã Phúc Lộc", "Xã Phúc Lộc" and "Phúc Lộc" name the same unit when only one unit has that core. */
function coreName(name: string): string {
  return foldName(name).replace(/^(ubnd |uy ban nhan dan |dang uy |bch )?(xa |thi tran |phuong |tt )/, '');
}

const kindByName = new Map<string, ModelKind>([
  ...Object.entries(kindLabels).map(([k, label]) => [foldName(label), k as ModelKind] as const),
  ['tt', 'collective'],
  ['cn', 'individual'],
]);
const registrationByName = new Map<string, RegistrationType>([
  ...Object.entries(registrationLabels).map(
    ([k, label]) => [foldName(label), k as RegistrationType] as const,
  ),
  ['moi', 'new'],
  ['dang ky', 'new'],
  ['tiep tuc', 'continued'],
  ['duy tri tu nam truoc', 'continued'],
]);

/** A date cell: a real date, an Excel serial number, "dd/mm/yyyy", "mm/yyyy" or "yyyy-mm-dd". */
export function readDate(cell: Cell): string | null | undefined {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : isoDay(cell);
  if (typeof cell === 'number') {
    if (cell < 1 || cell > 2_958_465) return undefined;
    return isoDay(new Date(Date.UTC(1899, 11, 30) + Math.round(cell) * 86_400_000));
  }
  const t = String(cell).trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validDay(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validDay(+m[2]!, +m[1]!, 1);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!);
  return undefined;
}

function validDay(y: number, month: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d)
    return undefined;
  return isoDay(date);
}

/** A phone typed as a number lost its leading 0: "912345678" is "0912345678". */
function phone(cell: Cell): string {
  const t = text(cell);
  return typeof cell === 'number' && /^[1-9]\d{8}$/.test(t) ? `0${t}` : t;
}

/** Form fields that hold free text. */
type TextKey = {
  [K in keyof ModelForm]: ModelForm[K] extends string ? (string extends ModelForm[K] ? K : never) : never;
}[keyof ModelForm];
/** Columns read into the form as they are; the others are matched, parsed or checked first. */
const specialKeys = new Set<ImportColumn>([
  'year',
  'title',
  'kind',
  'unitId',
  'fieldId',
  'registration',
  'previousTitle',
  'startDate',
  'endDate',
  'contactPhone',
  'ignored',
]);
const textKeys = importColumns.map((c) => c.key).filter((k): k is TextKey => !specialKeys.has(k));

/**
 * What each row becomes against the catalogues and the stored models, with every problem named by row and
 * column. `mappings` resolves names the catalogues do not know (the user's choice in the preview).
 */
export function planImport(
  sheet: ParsedSheet,
  context: ImportContext,
  mappings: ResolvedMappings = { units: {}, fields: {} },
): ImportPlan {
  const planner = importPlanner(context, mappings);
  for (const row of sheet.rows) planner.add(row);
  return planner.plan();
}

/**
 * `planImport` a row at a time, for a caller that reports progress between rows: rows must be added in the
 * sheet's order (a duplicate names the earlier row).
 */
export function importPlanner(
  context: ImportContext,
  mappings: ResolvedMappings = { units: {}, fields: {} },
): { add: (row: ParsedSheet['rows'][number]) => void; plan: () => ImportPlan } {
  const findUnit = matcher(context.units, mappings.units);
  const findField = matcher(context.fields, mappings.fields);
  const key = (title: string, unitId: string) => `${foldName(title)}|${unitId}`;
  const kindOf = memo((t: string) => kindByName.get(foldName(t)));
  const registrationOf = memo((t: string) => registrationByName.get(foldName(t)));
  const stored = new Map(context.sameYear.map((m) => [key(m.title, m.unitId), m]));
  const lastYear = new Map(context.lastYear.map((m) => [key(m.title, m.unitId), m]));
  const inFile = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const rows: PlannedRow[] = [];

  const add = ({ row, cells }: ParsedSheet['rows'][number]) => {
    const rowProblems: ImportProblem[] = [];
    const problem = (column: ImportColumn | '', message: string, unknown?: ImportProblem['unknown']) =>
      rowProblems.push({
        row,
        column: column ? labelOf(column) : '',
        message: `Dòng ${row}: ${message}`,
        ...(unknown ? { unknown } : {}),
      });
    const value = (k: ImportColumn) => text(cells[k] ?? null);

    const form: ModelForm = { ...blankModelForm(context.year), unitId: '', fieldId: '' };
    for (const k of textKeys) form[k] = value(k);
    form.contactPhone = phone(cells.contactPhone ?? null);
    form.title = value('title');
    if (!form.title) problem('title', `thiếu ${labelOf('title')}`);

    const year = value('year');
    if (year && Number(year) !== context.year) {
      problem('year', `${labelOf('year')} “${year}” khác năm đang nhập (${context.year})`);
    }

    const kindText = value('kind');
    const kind = kindText ? kindOf(kindText) : form.personName ? 'individual' : 'collective';
    if (kind) form.kind = kind;
    else problem('kind', `${labelOf('kind')} “${kindText}” không hợp lệ (chọn “Tập thể” hoặc “Cá nhân”)`);

    const registrationText = value('registration');
    const registration = registrationText ? registrationOf(registrationText) : 'new';
    if (registration) form.registration = registration;
    else {
      problem(
        'registration',
        `${labelOf('registration')} “${registrationText}” không hợp lệ (chọn “Đăng ký mới” hoặc “Duy trì”)`,
      );
    }

    /** A unit or field by its name in the catalogue; an unknown one is a problem the user can map away. */
    const lookup = <T>(column: 'unitId' | 'fieldId', kind: 'units' | 'fields', find: (name: string) => T) => {
      const name = value(column);
      const found = name ? find(name) : undefined;
      if (!name) problem(column, `thiếu ${labelOf(column)}`);
      else if (!found)
        problem(column, `${labelOf(column)} “${name}” không có trong danh mục`, { kind, name });
      return { name, found };
    };
    const { name: unitText, found: unit } = lookup('unitId', 'units', findUnit);
    if (unit) form.unitId = unit.id;
    const { name: fieldText, found: field } = lookup('fieldId', 'fields', findField);
    if (field) form.fieldId = field.id;

    for (const k of ['startDate', 'endDate'] as const) {
      const date = readDate(cells[k] ?? null);
      if (date === undefined) problem(k, `${labelOf(k)} “${value(k)}” không phải là ngày (dd/mm/yyyy)`);
      else form[k] = date;
    }

    let previousTitle: string | null = null;
    if (unit && form.title) {
      const k = key(form.title, unit.id);
      const same = stored.get(k);
      const earlier = inFile.get(k);
      if (same) problem('title', `trùng với mô hình đã có “${same.title}” (cùng tên, đơn vị và năm)`);
      else if (earlier !== undefined) problem('title', `trùng với dòng ${earlier} (cùng tên, đơn vị và năm)`);
      else inFile.set(k, row);
      if (form.registration === 'continued') {
        const previous = lastYear.get(key(value('previousTitle') || form.title, unit.id));
        if (previous) {
          form.previousId = previous.id;
          previousTitle = previous.title;
        } else {
          problem(
            'registration',
            `“Duy trì” nhưng không tìm thấy mô hình năm ${context.year - 1} cùng tên của đơn vị này`,
          );
        }
      }
    }

    // The form's own rules (lengths, "Cá nhân" needs a name, dates in order), for what is not reported yet.
    const reported = new Set(rowProblems.map((p) => p.column));
    const checked = modelFormSchema.safeParse({
      ...form,
      unitId: form.unitId || PLACEHOLDER_ID,
      fieldId: form.fieldId || PLACEHOLDER_ID,
      previousId: form.registration === 'continued' ? (form.previousId ?? PLACEHOLDER_ID) : null,
    });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const column = pathColumn(String(issue.path[0] ?? ''));
        if (reported.has(column ? labelOf(column) : '')) continue;
        problem(column, issue.message.replace(/\.$/, ''));
      }
    }

    problems.push(...rowProblems);
    rows.push({
      row,
      title: form.title,
      kind: form.kind,
      unitName: unit?.name ?? unitText,
      fieldName: field?.name ?? fieldText,
      registration: form.registration,
      personName: form.personName,
      previousTitle,
      form: rowProblems.length === 0 && checked.success ? checked.data : null,
    });
  };
  const plan = (): ImportPlan => {
    const ready = rows.filter((r) => r.form).length;
    return { rows, problems, counts: { rows: rows.length, ready, withProblems: rows.length - ready } };
  };
  return { add, plan };
}

/** Stands in for a unit or field not yet known, so the form's other rules can still be checked. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

function pathColumn(path: string): ImportColumn | '' {
  if (path === 'previousId') return 'registration';
  return (columnKeys as readonly string[]).includes(path) ? (path as ImportColumn) : '';
}
const columnKeys: readonly ImportColumn[] = importColumns.map((c) => c.key).filter((k) => k !== 'ignored');

/** The folded name a mapping is keyed by, so "Xa Quang Khe" and "XÃ QUẢNG KHÊ" are one choice. */
export const mappingKey = foldName;

/** Rows that stay refused once every mapped name is resolved (the user's choices in the preview). */
export function blockingRows(
  problems: readonly ImportProblem[],
  mapped: { units: Record<string, unknown>; fields: Record<string, unknown> },
): Set<number> {
  return new Set(
    problems
      .filter((p) => !(p.unknown && mapped[p.unknown.kind][mappingKey(p.unknown.name)] !== undefined))
      .map((p) => p.row),
  );
}
