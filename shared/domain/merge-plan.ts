/**
 * Merging one kind of record from another office's data package (issue 13 §3), by record id. Pure, so the
 * preview shows exactly what the commit does, and properties can be checked: merging the same package twice
 * changes nothing more; two offices without conflicts end with the same records whichever imports first; every
 * record changed on both sides is reported, never silently dropped.
 */
export interface Versioned {
  id: string;
  updatedAt: string;
}

export interface Stone {
  id: string;
  updatedAt: string;
}

export interface Side<R extends Versioned> {
  records: readonly R[];
  /** Records deleted for good, with the `updatedAt` of the copy that was deleted. */
  tombstones: readonly Stone[];
}

/**
 * Since when a side's changes are new to the other. `local`: when the other office last took this office's
 * data (this office's clock); `incoming`: when this office last took the other's (the other's clock). Null the
 * first time they meet: every difference is then a change on both sides.
 */
export interface Bases {
  local: string | null;
  incoming: string | null;
}

export type Decision<R extends Versioned> =
  | { action: 'new'; id: string; incoming: R }
  | { action: 'changed'; id: string; local: R; incoming: R }
  | { action: 'deleted'; id: string; local: R }
  | {
      action: 'conflict';
      id: string;
      /** Null when deleted on that side. */
      local: R | null;
      incoming: R | null;
      /** The side the newer change is on: taken unless the user picks the other. */
      newer: Choice;
    };

export type Choice = 'local' | 'incoming';

/** Two copies of a record hold the same data (key order aside). */
export function sameRecord(a: unknown, b: unknown): boolean {
  // Copies written by the same code keep their key order: the plain text settles most pairs at once.
  return a === b || JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const changedSince = (r: Versioned, base: string | null) => base === null || r.updatedAt > base;

/** The later of two versions; equal times are ordered by content, so both offices pick the same one. */
function newerOf(local: Versioned, incoming: Versioned): Choice {
  if (local.updatedAt !== incoming.updatedAt)
    return local.updatedAt > incoming.updatedAt ? 'local' : 'incoming';
  return canonical(local) >= canonical(incoming) ? 'local' : 'incoming';
}

function stonesById(stones: readonly Stone[]): Map<string, Stone> {
  const map = new Map<string, Stone>();
  for (const s of stones) {
    const kept = map.get(s.id);
    if (!kept || s.updatedAt > kept.updatedAt) map.set(s.id, s);
  }
  return map;
}

/** What merging `incoming` into `local` does to each record that differs; records alike are left out. */
export function planMerge<R extends Versioned>(
  local: Side<R>,
  incoming: Side<R>,
  bases: Bases,
): Decision<R>[] {
  const localById = new Map(local.records.map((r) => [r.id, r]));
  const incomingById = new Map(incoming.records.map((r) => [r.id, r]));
  const localStones = stonesById(local.tombstones);
  const incomingStones = stonesById(incoming.tombstones);
  const ids = [...new Set([...localById.keys(), ...incomingById.keys()])].sort();
  const plan: Decision<R>[] = [];
  for (const id of ids) {
    const l = localById.get(id);
    const i = incomingById.get(id);
    if (i && !l) {
      const stone = localStones.get(id);
      if (!stone) plan.push({ action: 'new', id, incoming: i });
      else if (i.updatedAt > stone.updatedAt)
        plan.push({ action: 'conflict', id, local: null, incoming: i, newer: 'incoming' });
    } else if (l && !i) {
      const stone = incomingStones.get(id);
      if (!stone) continue;
      if (l.updatedAt <= stone.updatedAt) plan.push({ action: 'deleted', id, local: l });
      else plan.push({ action: 'conflict', id, local: l, incoming: null, newer: 'local' });
    } else if (l && i && !sameRecord(l, i)) {
      const localChanged = changedSince(l, bases.local);
      const incomingChanged = changedSince(i, bases.incoming);
      if (localChanged && incomingChanged) {
        plan.push({ action: 'conflict', id, local: l, incoming: i, newer: newerOf(l, i) });
      } else if (incomingChanged || (!localChanged && newerOf(l, i) === 'incoming')) {
        plan.push({ action: 'changed', id, local: l, incoming: i });
      }
    }
  }
  return plan;
}

/**
 * `local` after the plan: new and changed records taken, deleted ones removed, each conflict settled by the
 * user's choice or else by the newer change. Tombstones of both sides are kept, so a deletion travels on.
 */
export function applyMerge<R extends Versioned>(
  local: Side<R>,
  incoming: Pick<Side<R>, 'tombstones'>,
  plan: readonly Decision<R>[],
  choices: Readonly<Record<string, Choice>> = {},
): Side<R> {
  const take = new Map<string, R>();
  const drop = new Set<string>();
  for (const d of plan) {
    if (d.action === 'new' || d.action === 'changed') take.set(d.id, d.incoming);
    else if (d.action === 'deleted') drop.add(d.id);
    else if ((choices[d.id] ?? d.newer) === 'incoming') {
      if (d.incoming) take.set(d.id, d.incoming);
      else drop.add(d.id);
    }
  }
  const records = local.records.filter((r) => !drop.has(r.id)).map((r) => take.get(r.id) ?? r);
  const present = new Set(local.records.map((r) => r.id));
  for (const [id, r] of take) if (!present.has(id)) records.push(r);
  const stones = stonesById([...local.tombstones, ...incoming.tombstones]);
  // A record kept alive by a choice outlives an older tombstone of it.
  const alive = new Map(records.map((r) => [r.id, r.updatedAt]));
  const tombstones = [...stones.values()].filter((s) => {
    const living = alive.get(s.id);
    return living === undefined || living <= s.updatedAt;
  });
  return { records, tombstones: tombstones.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}
