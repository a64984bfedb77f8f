import { z } from 'zod';
import { cataloguesSchema } from './catalogues';
import { commendationSchema } from './commendation';
import { foldName } from './import-columns';
import { modelSchema, type Model } from './model';
import { applyMerge, planMerge, type Bases, type Choice, type Decision, type Side } from './merge-plan';
import {
  mainRecordKinds,
  tombstoneSchema,
  yearRecordKinds,
  type MainData,
  type RecordKind,
  type Tombstone,
  type YearData,
} from './office-data';
import { roundSchema } from './round';
import { rubricSchema } from './rubric';
import { sheetSchema } from './sheet';

/** "Xuất gói dữ liệu" / "Nhập gói dữ liệu" (issue 13 §3): what a package holds, and how it merges. */
export const PACKAGE_FORMAT = 'dan-van-kheo-goi-du-lieu';
export const PACKAGE_FORMAT_VERSION = 1;

export const recordKindLabels: Record<RecordKind, string> = {
  units: 'Đơn vị',
  fields: 'Lĩnh vực',
  indicators: 'Chỉ tiêu kết quả',
  members: 'Thành viên Ban Chỉ đạo',
  rubrics: 'Bộ tiêu chí',
  models: 'Mô hình',
  rounds: 'Đợt đánh giá',
  sheets: 'Phiếu chấm điểm',
  commendations: 'Khen thưởng',
};

export const packageManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  office: z.object({ id: z.uuid(), name: z.string() }),
  exportedAt: z.iso.datetime(),
  years: z.array(z.number().int()),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** The sending office's `lastMet`: when it last took in each other office's data. */
  lastMet: z.record(z.uuid(), z.iso.datetime()),
  /** File path inside the package → SHA-256 (hex) of its bytes. */
  checksums: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type PackageManifest = z.infer<typeof packageManifestSchema>;

const tombstones = z.array(tombstoneSchema);
export const packageOfficeSchema = z.object({
  catalogues: cataloguesSchema,
  rubrics: z.array(rubricSchema),
  tombstones,
});
export const packageYearSchema = z.object({
  year: z.number().int(),
  models: z.array(modelSchema),
  rounds: z.array(roundSchema),
  sheets: z.array(sheetSchema),
  commendations: z.array(commendationSchema),
  tombstones,
});
export type PackageOffice = z.infer<typeof packageOfficeSchema>;
export type PackageYear = z.infer<typeof packageYearSchema>;

export interface PackageContent {
  manifest: PackageManifest;
  office: PackageOffice;
  years: PackageYear[];
}

/** The office as named in a package: "BAN DÂN VẬN HUYỆN ỦY BA BỂ". */
export function officeName(main: Pick<MainData, 'settings'>): string {
  const { orgName, parentName } = main.settings;
  return [orgName, parentName].filter(Boolean).join(' ') || 'Cơ quan chưa đặt tên';
}

/** What an office exports for `years` (the office record plus those years). */
export function packageParts(main: MainData, years: readonly YearData[]): Omit<PackageContent, 'manifest'> {
  return {
    office: { catalogues: main.catalogues, rubrics: main.rubrics, tombstones: main.tombstones ?? [] },
    years: years.map((d) => ({
      year: d.year,
      models: d.models,
      rounds: d.rounds,
      sheets: d.sheets,
      commendations: d.commendations,
      tombstones: d.tombstones ?? [],
    })),
  };
}

type AnyRecord = { id: string; updatedAt: string };
const stonesOf = (list: readonly Tombstone[], kind: RecordKind) => list.filter((s) => s.kind === kind);

/**
 * Incoming catalogue items with a new id but the name of an item here (folded, as the import matches) are the
 * same item: their ids are taken as this office's, in the package's records too, so two communes that both
 * typed "Hội Nông dân xã" do not end with two.
 */
function sameNamedItems(main: MainData, office: PackageOffice): Map<string, string> {
  const map = new Map<string, string>();
  const deleted = new Set((main.tombstones ?? []).map((s) => s.id));
  for (const kind of ['units', 'fields', 'indicators', 'members'] as const) {
    const local = main.catalogues[kind] as readonly { id: string; name: string }[];
    const ids = new Set(local.map((i) => i.id));
    const byName = new Map(local.map((i) => [foldName(i.name), i.id]));
    for (const item of office.catalogues[kind] as readonly { id: string; name: string }[]) {
      const same = byName.get(foldName(item.name));
      if (!ids.has(item.id) && !deleted.has(item.id) && same) map.set(item.id, same);
    }
  }
  return map;
}

/**
 * The package as this office will read it: catalogue ids matched by name, and each model marked with the
 * office it came from (none when it came from this office itself). The office part at once, each year on
 * demand, so a long package can be localised a year at a time.
 */
export function packageLocaliser(
  pkg: PackageContent,
  main: MainData,
  here: string,
): { office: PackageOffice; year: (y: PackageYear) => PackageYear } {
  const ids = sameNamedItems(main, pkg.office);
  const id = (x: string) => ids.get(x) ?? x;
  const catalogues = Object.fromEntries(
    Object.entries(pkg.office.catalogues).map(([kind, list]) => [
      kind,
      (list as AnyRecord[]).filter((item) => !ids.has(item.id)),
    ]),
  ) as PackageOffice['catalogues'];
  return {
    office: { ...pkg.office, catalogues },
    year: (y) => ({
      ...y,
      models: y.models.map(({ origin, ...m }): Model => {
        const from = origin ?? pkg.manifest.office.name;
        return {
          ...m,
          ...(from === here ? {} : { origin: from }),
          unitId: id(m.unitId),
          fieldId: id(m.fieldId),
          outcomes: {
            ...m.outcomes,
            values: Object.fromEntries(Object.entries(m.outcomes.values).map(([k, v]) => [id(k), v])),
          },
        };
      }),
      rounds: y.rounds.map((r) => ({ ...r, memberIds: r.memberIds.map(id) })),
      sheets: y.sheets.map((s) => ({ ...s, memberId: id(s.memberId) })),
    }),
  };
}

/** How many records of its year kinds a package's year holds. */
export const yearRecordCount = (y: PackageYear) => yearRecordKinds.reduce((n, kind) => n + y[kind].length, 0);

/** How many records of the office's kinds (catalogues, rubrics) a package holds. */
export const officeRecordCount = (office: PackageOffice) =>
  mainRecordKinds.reduce((n, kind) => n + pkgMainSide(office, kind).records.length, 0);

export interface KindPlan {
  kind: RecordKind;
  year: number | null;
  decisions: Decision<AnyRecord>[];
}

function mainSide(main: MainData, kind: (typeof mainRecordKinds)[number]): Side<AnyRecord> {
  const records = kind === 'rubrics' ? main.rubrics : main.catalogues[kind];
  return { records, tombstones: stonesOf(main.tombstones ?? [], kind) };
}
function pkgMainSide(office: PackageOffice, kind: (typeof mainRecordKinds)[number]): Side<AnyRecord> {
  const records = kind === 'rubrics' ? office.rubrics : office.catalogues[kind];
  return { records, tombstones: stonesOf(office.tombstones, kind) };
}
const yearSide = (d: YearData | PackageYear, kind: (typeof yearRecordKinds)[number]): Side<AnyRecord> => ({
  records: d[kind],
  tombstones: stonesOf(d.tombstones ?? [], kind),
});

/**
 * Every kind of record of the (localised) package against this office's data, by record id: a kind at a time,
 * each with the count of the package's records it took, so a long package can say how far it is.
 */
export function* planPackage(
  main: MainData,
  years: ReadonlyMap<number, YearData>,
  pkg: PackageContent,
  bases: Bases,
): Generator<{ plan: KindPlan; records: number }> {
  for (const kind of mainRecordKinds) {
    const incoming = pkgMainSide(pkg.office, kind);
    const decisions = planMerge(mainSide(main, kind), incoming, bases);
    yield { plan: { kind, year: null, decisions }, records: incoming.records.length };
  }
  for (const y of pkg.years) {
    const local = years.get(y.year)!;
    for (const kind of yearRecordKinds) {
      const decisions = planMerge(yearSide(local, kind), yearSide(y, kind), bases);
      yield { plan: { kind, year: y.year, decisions }, records: y[kind].length };
    }
  }
}

/** A conflict's key in the preview and in the user's choices: kind, year and record id. */
export const conflictKey = (plan: Pick<KindPlan, 'kind' | 'year'>, id: string) =>
  `${plan.kind}:${plan.year ?? ''}:${id}`;

/** This office's data after the merge: the office record and every year the package holds. */
export function applyPackage(
  main: MainData,
  years: ReadonlyMap<number, YearData>,
  pkg: PackageContent,
  plans: readonly KindPlan[],
  choices: Readonly<Record<string, Choice>>,
): { main: MainData; years: YearData[] } {
  const choicesOf = (plan: KindPlan) =>
    Object.fromEntries(
      plan.decisions
        .filter((d) => choices[conflictKey(plan, d.id)])
        .map((d) => [d.id, choices[conflictKey(plan, d.id)]!]),
    );
  const merged = (plan: KindPlan, local: Side<AnyRecord>, incoming: Side<AnyRecord>) =>
    applyMerge(local, incoming, plan.decisions, choicesOf(plan));

  let nextMain: MainData = { ...main, catalogues: { ...main.catalogues } };
  const mainStones: Tombstone[] = [];
  for (const plan of plans.filter((p) => p.year === null)) {
    const kind = plan.kind as (typeof mainRecordKinds)[number];
    const result = merged(plan, mainSide(main, kind), pkgMainSide(pkg.office, kind));
    if (kind === 'rubrics') nextMain = { ...nextMain, rubrics: result.records as MainData['rubrics'] };
    else nextMain.catalogues = { ...nextMain.catalogues, [kind]: result.records };
    mainStones.push(...result.tombstones.map((s) => ({ ...s, kind })));
  }
  nextMain.tombstones = mainStones;

  const nextYears = pkg.years.map((y) => {
    const local = years.get(y.year)!;
    const next: YearData = { ...local, tombstones: [] };
    for (const plan of plans.filter((p) => p.year === y.year)) {
      const kind = plan.kind as (typeof yearRecordKinds)[number];
      const result = merged(plan, yearSide(local, kind), yearSide(y, kind));
      (next as Record<string, unknown>)[kind] = result.records;
      next.tombstones!.push(...result.tombstones.map((s) => ({ ...s, kind })));
    }
    return next;
  });
  return { main: nextMain, years: nextYears };
}
