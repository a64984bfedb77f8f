import { randomUUID } from 'node:crypto';
import type { CommandContext, OfficeState, Outcome } from '../../../shared/domain/commands/command';
import type { MainData, YearData } from '../../../shared/domain/office-data';
import type { Clock } from '../clock';
import type { DataStore, Tx } from '../store/data-store';

/** Years listed, every stored year, or chosen from the stored years. */
export type Years = readonly number[] | 'all' | ((stored: readonly number[]) => readonly number[]);

/**
 * What a command reads: the years it reads in full, and (`ids`) the years of which it only checks that a model
 * exists, answered from the year index so that no other full year file is loaded.
 */
export type Reads = Years | { full: Years; ids: Years };

export type Command<R> = (state: OfficeState, ctx: CommandContext) => Outcome<R>;

export interface CommandRunnerDeps {
  store: DataStore;
  clock: Clock;
  /** Who is working as the system knows it (the OS login): recorded in histories when no "Người sử dụng" is set. */
  actor: string;
}

/**
 * Runs a domain command inside one store transaction: the years it reads are loaded in the write queue, so its
 * checks see every earlier change and no later one; what it decides is written together, or nothing is.
 */
export class CommandRunner {
  constructor(private readonly deps: CommandRunnerDeps) {}

  /** The time, a source of ids, and who is working: "Người sử dụng" from the settings in `main`, else the OS login. */
  context(main: MainData = this.deps.store.mainData): CommandContext {
    const actor = main.settings.userName || this.deps.actor;
    return { now: this.deps.clock().toISOString(), actor, newId: randomUUID };
  }

  run<R>(reads: Reads, command: Command<R>, label?: string): Promise<R> {
    return this.deps.store.transact((tx) => this.runIn(tx, reads, command), { label });
  }

  /** Runs `command` within a transaction already open, e.g. several commands as one change. */
  async runIn<R>(tx: Tx, reads: Reads, command: Command<R>): Promise<R> {
    const state = await readState(tx, reads);
    const outcome = command(state, this.context(state.main));
    if (outcome.main) tx.setMain(outcome.main);
    for (const data of outcome.years ?? []) tx.setYear(data.year, data);
    return outcome.result;
  }
}

const chosen = (years: Years, stored: readonly number[]): readonly number[] =>
  years === 'all' ? stored : typeof years === 'function' ? years(stored) : years;

/** The office's data as a command reads it, loaded within `tx`. */
export async function readState(tx: Tx, reads: Reads): Promise<OfficeState> {
  const stored = await tx.storedYears();
  const { full, ids } = typeof reads === 'object' && 'full' in reads ? reads : { full: reads, ids: [] };
  const loaded = new Map<number, YearData>();
  for (const year of chosen(full, stored)) loaded.set(year, await tx.year(year));
  // Only the ids a command asks for are collected, so an edit that links nothing costs nothing more.
  const ofYear = new Map<number, () => readonly string[]>();
  for (const [year, data] of loaded) ofYear.set(year, () => data.models.map((m) => m.id));
  for (const year of chosen(ids, stored)) {
    if (ofYear.has(year)) continue;
    const index = await tx.yearIndex(year);
    ofYear.set(year, () => index.links().id);
  }
  const known = new Map<number, ReadonlySet<string>>();
  // A command reading a year its service did not load is a mistake in the service, not the user's.
  const notRead = (year: number) => new Error(`Năm ${year} chưa được nạp cho lệnh này.`);
  return {
    main: tx.main,
    years: stored,
    year: (year) => {
      const data = loaded.get(year);
      if (!data) throw notRead(year);
      return data;
    },
    modelIds: (year) => {
      let found = known.get(year);
      if (!found) {
        const idsOf = ofYear.get(year);
        if (!idsOf) throw notRead(year);
        found = new Set(idsOf());
        known.set(year, found);
      }
      return found;
    },
  };
}
