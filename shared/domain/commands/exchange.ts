import type { Choice } from '../merge-plan';
import {
  applyPackage,
  officeName,
  packageLocaliser,
  officeRecordCount,
  planPackage,
  yearRecordCount,
  type KindPlan,
  type PackageContent,
} from '../data-package';
import type { MainData, YearData } from '../office-data';
import { runSteps } from '../steps';
import type { CommandContext, OfficeState, Outcome } from './command';

/** Since when each side's changes are new to the other (see `Bases`), from both offices' `lastMet`. */
function basesOf(main: MainData, pkg: PackageContent) {
  const here = main.exchange?.officeId;
  return {
    local: (here && pkg.manifest.lastMet[here]) || null,
    incoming: main.exchange?.lastMet[pkg.manifest.office.id] ?? null,
  };
}

type MergePlan = { pkg: PackageContent; plans: KindPlan[] };

/**
 * The plan of merging `pkg` here, a step at a time (each year localised, each kind planned), yielding the
 * share done: each record of the package's years counts once localised and once planned, the office's once.
 */
export function* planningPackageMerge(state: OfficeState, pkg: PackageContent): Generator<number, MergePlan> {
  const localise = packageLocaliser(pkg, state.main, officeName(state.main));
  const yearRecords = pkg.years.reduce((n, y) => n + yearRecordCount(y), 0);
  const total = Math.max(1, 2 * yearRecords + officeRecordCount(localise.office));
  let done = 0;
  const years = [];
  for (const y of pkg.years) {
    years.push(localise.year(y));
    yield (done += yearRecordCount(y)) / total;
  }
  const localised = { ...pkg, office: localise.office, years };
  const local = new Map(pkg.manifest.years.map((y) => [y, state.year(y)] as const));
  const plans: KindPlan[] = [];
  for (const { plan, records } of planPackage(state.main, local, localised, basesOf(state.main, pkg))) {
    plans.push(plan);
    yield (done += records) / total;
  }
  return { pkg: localised, plans };
}

/** The plan of merging `pkg` here: what the preview shows and the commit applies. */
export function planPackageMerge(state: OfficeState, pkg: PackageContent): MergePlan {
  return runSteps(planningPackageMerge(state, pkg));
}

/**
 * "Nhập gói dữ liệu": every kind merged by record id, each conflict settled by the user's choice or the newer
 * change, and the sending office remembered as met at the package's time, so the next package from it only
 * counts what changed since. Reads the package's years.
 */
export function mergePackage(
  state: OfficeState,
  input: { pkg: PackageContent; choices: Readonly<Record<string, Choice>> },
  ctx: CommandContext,
): Outcome<{ applied: number }> {
  const { pkg, plans } = planPackageMerge(state, input.pkg);
  const years = new Map(pkg.manifest.years.map((y) => [y, state.year(y)] as const));
  const merged = applyPackage(state.main, years, pkg, plans, input.choices);
  const exchange = merged.main.exchange ?? { officeId: ctx.newId(), lastMet: {} };
  const peer = pkg.manifest.office.id;
  const met = exchange.lastMet[peer];
  const main: MainData = {
    ...merged.main,
    exchange: {
      ...exchange,
      lastMet: {
        ...exchange.lastMet,
        [peer]: met && met > pkg.manifest.exportedAt ? met : pkg.manifest.exportedAt,
      },
    },
  };
  const applied = plans.reduce((n, p) => n + p.decisions.length, 0);
  return { main, years: merged.years satisfies YearData[], result: { applied } };
}
