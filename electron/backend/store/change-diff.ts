/**
 * What one transaction changed in one data file, small enough to append to the journal: lists of records
 * (objects with an `id`) become upserts and deletes by id, nested objects (settings, catalogues) recurse, and
 * any other changed value is set whole. The store never mutates data in place, so "unchanged" is "the same
 * object", and finding the few changed records of a 25,000-model year is a walk comparing references.
 */
export interface ObjectDiff {
  /**
   * The object is replaced whole by `set` (a restore over a file that could not be read): replaying it
   * starts from nothing, and a replay of the file starts from the last such change (`sinceReplaced`).
   */
  replace?: true;
  /** Fields whose new value is stored whole. */
  set?: Record<string, unknown>;
  /** Fields that no longer exist. */
  unset?: string[];
  /** Nested objects changed field by field. */
  in?: Record<string, ObjectDiff>;
  /** Lists of records changed by id. */
  lists?: Record<string, ListDiff>;
}

export interface ListDiff {
  /** Records added or replaced: replaced ones keep their place, new ones go to the end in this order. */
  upsert?: Record<string, unknown>[];
  /** Ids of records removed. */
  delete?: string[];
}

type Obj = Record<string, unknown>;
type IdRecord = Obj & { id: string };

const isPlainObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRecord = (v: unknown): v is IdRecord => isPlainObject(v) && typeof v.id === 'string';

/**
 * Whether `v` is a list of records (plain objects with a string id), the lists diffed by id. Lists known to
 * hold only records are remembered: a stored list is checked once, not at every change made to it.
 */
const recordLists = new WeakSet<readonly unknown[]>();
export const isRecordList = (v: unknown): v is IdRecord[] => {
  if (!Array.isArray(v)) return false;
  if (recordLists.has(v)) return true;
  if (!v.every(isRecord)) return false;
  recordLists.add(v);
  return true;
};

/** The changes that turn `prev` into `next`, or null when they are the same. */
export function diffObject(prev: Obj, next: Obj): ObjectDiff | null {
  const diff: ObjectDiff = {};
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const before = prev[key];
    if (before === value) continue;
    const list = isRecordList(before) && Array.isArray(value) ? diffList(before, value) : 'other';
    if (list === 'whole') (diff.set ??= {})[key] = value;
    else if (list !== 'other') {
      if (list) (diff.lists ??= {})[key] = list;
    } else if (isPlainObject(before) && isPlainObject(value)) {
      const inner = diffObject(before, value);
      if (inner) (diff.in ??= {})[key] = inner;
    } else if (JSON.stringify(before) !== JSON.stringify(value)) {
      (diff.set ??= {})[key] = value;
    }
  }
  for (const key of Object.keys(prev))
    if (prev[key] !== undefined && next[key] === undefined) (diff.unset ??= []).push(key);
  return Object.keys(diff).length > 0 ? diff : null;
}

/**
 * Upserts and deletes by id, or 'whole' when replaying them would not give `next`'s order (a reorder, a
 * repeated id): then the list is stored whole, which is rare and always right. 'other' when `next` is not a
 * list of records. Records `next` shares with `prev` are known to be records, so a change to a 25,000-model
 * list looks inside the few records that differ only.
 */
function diffList(prev: IdRecord[], next: unknown[]): ListDiff | null | 'whole' | 'other' {
  // Usual case: same records in the same order, a few replaced, new ones at the end.
  let i = 0;
  const upsert: IdRecord[] = [];
  const common = Math.min(prev.length, next.length);
  for (; i < common; i++) {
    const before = prev[i]!;
    const after = next[i];
    if (before === after) continue;
    if (!isRecord(after) || after.id !== before.id) break;
    upsert.push(after);
  }
  let diff: ListDiff | null | 'whole';
  if (i === prev.length) {
    const added = next.slice(i);
    if (!added.every(isRecord)) return 'other';
    diff = addsNewIds(prev, added) ? listDiffOf([...upsert, ...added], []) : 'whole';
  } else {
    // Otherwise something was removed or moved: compare by id.
    if (!next.every(isRecord)) return 'other';
    diff = diffById(prev, next);
  }
  recordLists.add(next);
  return diff;
}

function diffById(prev: IdRecord[], next: IdRecord[]): ListDiff | null | 'whole' {
  const before = new Map(prev.map((r) => [r.id, r]));
  const after = new Set(next.map((r) => r.id));
  if (before.size !== prev.length || after.size !== next.length) return 'whole';
  const deleted = prev.filter((r) => !after.has(r.id)).map((r) => r.id);
  const changed = next.filter((r) => before.get(r.id) !== r);
  const replayed = applyList(prev, { upsert: changed, delete: deleted });
  if (replayed.length !== next.length || replayed.some((r, k) => r.id !== next[k]!.id)) return 'whole';
  return listDiffOf(changed, deleted);
}

function listDiffOf(upsert: IdRecord[], deleted: string[]): ListDiff | null {
  if (upsert.length === 0 && deleted.length === 0) return null;
  const diff: ListDiff = {};
  if (upsert.length > 0) diff.upsert = upsert;
  if (deleted.length > 0) diff.delete = deleted;
  return diff;
}

/** Whether `added` only holds ids found neither in `prev` nor twice among themselves. */
function addsNewIds(prev: IdRecord[], added: IdRecord[]): boolean {
  if (added.length === 0) return true;
  const ids = new Set(added.map((r) => r.id));
  if (ids.size !== added.length) return false;
  return !prev.some((r) => ids.has(r.id));
}

/**
 * A change that does not fit the data it is replayed over: it changes by id a field that holds no list of
 * records, or field by field one that holds no object. The data and its journal disagree, and guessing (an
 * empty list, an empty object) would write the guess over the file at the next compaction.
 */
export class ReplayMismatchError extends Error {}

/**
 * `prev` with `diff` applied; untouched parts are kept by reference. A field the change expects but `prev`
 * lacks starts empty (the office's first record, or a part of a snapshot read alone); one of another kind
 * throws `ReplayMismatchError`.
 */
export function applyObject<T extends object>(prev: T, diff: ObjectDiff): T {
  return applyAt(prev, diff, '') as T;
}

function applyAt(prev: object, diff: ObjectDiff, at: string): Obj {
  const gone = new Set(diff.unset ?? []);
  const next: Obj = diff.replace
    ? {}
    : Object.fromEntries(Object.entries(prev).filter(([key]) => !gone.has(key)));
  for (const [key, value] of Object.entries(diff.set ?? {})) next[key] = value;
  for (const [key, inner] of Object.entries(diff.in ?? {})) {
    const before = expected(next[key], isPlainObject, {}, `${at}${key}`, 'một nhóm thông tin');
    next[key] = applyAt(before, inner, `${at}${key}.`);
  }
  for (const [key, list] of Object.entries(diff.lists ?? {}))
    next[key] = applyList(
      expected(next[key], isRecordList, [], `${at}${key}`, 'một danh sách bản ghi'),
      list,
    );
  return next;
}

/**
 * The changes a replay of a file applies: from the last one that replaces it whole on (what came before,
 * the snapshot included, may not even fit: it is why the file was replaced), else all of them.
 */
export function sinceReplaced<C>(changes: readonly C[], diffOf: (change: C) => ObjectDiff | undefined): C[] {
  const last = changes.findLastIndex((change) => diffOf(change)?.replace === true);
  return changes.slice(Math.max(last, 0));
}

function expected<V>(value: unknown, is: (v: unknown) => v is V, empty: V, field: string, kind: string): V {
  if (value === undefined) return empty;
  if (is(value)) return value;
  throw new ReplayMismatchError(
    `nhật ký thay đổi không khớp với tệp: "${field}" trong tệp không phải là ${kind} như nhật ký ghi`,
  );
}

function applyList(prev: IdRecord[], diff: ListDiff): IdRecord[] {
  const gone = new Set(diff.delete ?? []);
  const replace = new Map((diff.upsert ?? []).map((r) => [r.id as string, r as IdRecord]));
  const next: IdRecord[] = [];
  for (const record of prev) {
    if (gone.has(record.id)) continue;
    const replacement = replace.get(record.id);
    if (replacement) replace.delete(record.id);
    next.push(replacement ?? record);
  }
  for (const added of replace.values()) next.push(added);
  return next;
}
