import { randomUUID } from 'node:crypto';
import type { CommandContext, OfficeState, Outcome } from '../../../shared/domain/commands/command';
import type { YearData } from '../../../shared/domain/office-data';
import type { Clock } from '../clock';
import type { DataStore, Tx } from '../store/data-store';

/** The years a command reads: listed, every stored year, or chosen from the stored years. */
export type Reads = readonly number[] | 'all' | ((stored: readonly number[]) => readonly number[]);

export type Command<R> = (state: OfficeState, ctx: CommandContext) => Outcome<R>;

export interface CommandRunnerDeps {
  store: DataStore;
  clock: Clock;
  /** Who is working, recorded in histories. */
  actor: string;
}

/**
 * Runs a domain command inside one store transaction: the years it reads are loaded in the write queue, so its
 * checks see every earlier change and no later one; what it decides is written together, or nothing is.
 */
export class CommandRunner {
  constructor(private readonly deps: CommandRunnerDeps) {}

  context(): CommandContext {
    return { now: this.deps.clock().toISOString(), actor: this.deps.actor, newId: randomUUID };
  }

  run<R>(reads: Reads, command: Command<R>, label?: string): Promise<R> {
    return this.deps.store.transact((tx) => this.runIn(tx, reads, command), { label });
  }

  /** Runs `command` within a transaction already open, e.g. several commands as one change. */
  async runIn<R>(tx: Tx, reads: Reads, command: Command<R>): Promise<R> {
    const state = await readState(tx, reads);
    const outcome = command(state, this.context());
    if (outcome.main) tx.setMain(outcome.main);
    for (const data of outcome.years ?? []) tx.setYear(data.year, data);
    return outcome.result;
  }
}

async function readState(tx: Tx, reads: Reads): Promise<OfficeState> {
  const stored = await tx.storedYears();
  const wanted = reads === 'all' ? stored : typeof reads === 'function' ? reads(stored) : reads;
  const loaded = new Map<number, YearData>();
  for (const year of wanted) loaded.set(year, await tx.year(year));
  return {
    main: tx.main,
    years: stored,
    year: (year) => {
      const data = loaded.get(year);
      // A command reading a year its service did not load is a mistake in the service, not the user's.
      if (!data) throw new Error(`Năm ${year} chưa được nạp cho lệnh này.`);
      return data;
    },
  };
}
