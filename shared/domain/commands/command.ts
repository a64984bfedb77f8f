import { AppError, type FieldIssue } from '../../contract/errors';
import type { MainData, YearData } from '../office-data';

/**
 * What a command is given besides the data: the time, who is working and a source of new ids, so that a
 * command is a pure function and its tests say exactly what it writes.
 */
export interface CommandContext {
  /** ISO date-time of the change. */
  now: string;
  /** Who is working: recorded in histories. */
  actor: string;
  newId: () => string;
}

/**
 * The stamp of a record a command writes: when, and who ("Người sử dụng", else the OS login), so that "who
 * changed it" is known for every change, not only for those that add a history entry.
 */
export function touched(ctx: CommandContext): { updatedAt: string; updatedBy: string } {
  return { updatedAt: ctx.now, updatedBy: ctx.actor };
}

/**
 * The office's data as a command reads it. `year(y)` answers synchronously: the caller (a service, inside
 * one transaction) has loaded every year the command reads; a year with no data answers empty.
 */
export interface OfficeState {
  readonly main: MainData;
  year(year: number): YearData;
  /**
   * The ids of the models stored in `year` (trashed ones included): enough to check a link into that year, so
   * the caller may answer it from the year index without loading the full year.
   */
  modelIds(year: number): ReadonlySet<string>;
  /** Years that hold data, ascending. */
  readonly years: readonly number[];
}

/**
 * What a command decided: the records to write (all together or none) and the answer. A refusal is thrown as
 * an `AppError` carrying the Vietnamese message the user reads; it changes nothing.
 */
export interface Outcome<R> {
  main?: MainData;
  years?: readonly YearData[];
  result: R;
}

/** A refusal about what was typed, shaped like the contract's own so forms show it beside the field. */
export function invalidInput(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', `Dữ liệu không hợp lệ: ${issues[0]!.message}`, issues);
}

/** "“Mô hình A”, “Mô hình B” và 3 mô hình khác": names a few of many in a message. */
export function someTitles(models: readonly { title: string }[], shown = 3): string {
  const names = models
    .slice(0, shown)
    .map((m) => `“${m.title}”`)
    .join(', ');
  return models.length > shown ? `${names} và ${models.length - shown} mô hình khác` : names;
}

/**
 * Where each id sits in a list, kept per list object: records are never changed in place, so a year's 25,000
 * models are walked once, not at every change. A list made by `replaceById` shares its source's positions.
 */
const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

function indexOfId(list: readonly { id: string }[], id: string): number {
  let of = positions.get(list);
  if (!of) {
    of = new Map();
    for (let i = list.length - 1; i >= 0; i--) of.set(list[i]!.id, i);
    positions.set(list, of);
  }
  const at = of.get(id);
  if (at !== undefined && list[at]?.id === id) return at;
  // Not there, or the list was changed in place after it was walked: look, rather than trust the memo.
  return list.findIndex((x) => x.id === id);
}

/** The record of `list` with this id (the first, were there two). */
export function findById<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  const at = indexOfId(list, id);
  return at < 0 ? undefined : list[at];
}

/** A copy of `list` with the record of `item`'s id replaced by `item` (unchanged when there is none). */
export function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const next = list.slice();
  const at = indexOfId(list, item.id);
  if (at < 0) return next;
  next[at] = item;
  const of = positions.get(list);
  if (of) positions.set(next, of);
  return next;
}
