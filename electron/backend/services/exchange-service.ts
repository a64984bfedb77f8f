import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { ExchangePreview } from '../../../shared/contract/exchange';
import { mergePackage, planningPackageMerge } from '../../../shared/domain/commands/exchange';
import { runStepsAsync } from '../../../shared/domain/steps';
import {
  conflictKey,
  officeName,
  packageManifestSchema,
  packageOfficeSchema,
  packageParts,
  packageYearSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  recordKindLabels,
  type KindPlan,
  type PackageContent,
  type PackageYear,
} from '../../../shared/domain/data-package';
import type { OfficeState } from '../../../shared/domain/commands/command';
import type { MainData, YearData } from '../../../shared/domain/office-data';
import { lastChangedBy, recordDifferences, type NameOf } from '../../../shared/domain/record-diff';
import { sanitizeFileName } from '../../../shared/text/file-name';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import { readZip, writeZip, ZipError } from '../exchange/zip';
import { noProgress, part, StagedPreviews, type Jobs, type Progress } from '../jobs';
import type { DataStore } from '../store/data-store';
import { ATTACHMENTS_DIR } from './attachment-files';
import { AttachmentStaging, listedAttachments } from './attachment-staging';
import { readState, type CommandRunner } from './command-runner';

type ExchangeChannels = 'exchange.export' | 'exchange.preview' | 'exchange.commit';

export interface ExchangeServiceDeps {
  store: DataStore;
  commands: CommandRunner;
  clock: Clock;
  version: string;
  jobs: Jobs;
}

interface PendingPackage {
  pkg: PackageContent;
  /** Attachment files the package carries: `<model id>/<attachment id>` → bytes. */
  files: Map<string, Buffer>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const refuse = (message: string) => new AppError('VALIDATION', message);
/** A package inflating past this is refused before it is read further. */
const MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024 - 1;
const ATTACHMENT_PATH = /^attachments\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;

/**
 * The title a person recognises a record by, in the conflict list: a scoring sheet and a commendation have
 * none of their own, so they are named by their model (and member).
 */
function titleOf(record: Record<string, unknown>, nameOf: NameOf): string {
  const own = record.title ?? record.name;
  if (typeof own === 'string') return own;
  const model = typeof record.modelId === 'string' ? (nameOf(record.modelId) ?? '') : '';
  const member = typeof record.memberId === 'string' ? nameOf(record.memberId) : undefined;
  return [model, member].filter(Boolean).join(' · ') || String(record.id);
}

/** Shares of a package's preview done after unzipping, checking the sums, reading the years; planning follows. */
const UNZIPPED = 0.15;
const CHECKED = 0.25;
const READ = 0.7;
const PLANNED = 0.98;

/** Records checked against their schema between two progress reports. */
const RECORDS_PER_STEP = 500;
const yearLists = ['models', 'rounds', 'sheets', 'commendations', 'tombstones'] as const;
/** A year with its lists unchecked: they are checked a slice at a time. */
const yearHead = packageYearSchema.extend(
  Object.fromEntries(yearLists.map((list) => [list, z.array(z.unknown())])) as Record<
    (typeof yearLists)[number],
    z.ZodArray<z.ZodUnknown>
  >,
);

/**
 * A year of the package checked against its schema as a whole would check it, its records a slice at a time
 * so a large year reports how far it is (the share of its records checked); null when it does not match.
 */
async function checkYear(
  raw: unknown,
  checked: (share: number) => Promise<void>,
): Promise<PackageYear | null> {
  const head = yearHead.safeParse(raw);
  if (!head.success) return null;
  const total = Math.max(
    1,
    yearLists.reduce((n, list) => n + head.data[list].length, 0),
  );
  const year: Record<string, unknown> = { ...head.data };
  let done = 0;
  for (const list of yearLists) {
    const records = head.data[list];
    const schema = z.array(packageYearSchema.shape[list].element as z.ZodType);
    const valid: unknown[] = [];
    for (let i = 0; i < records.length; i += RECORDS_PER_STEP) {
      const slice = schema.safeParse(records.slice(i, i + RECORDS_PER_STEP));
      if (!slice.success) return null;
      valid.push(...(slice.data as unknown[]));
      await checked((done += slice.data.length) / total);
    }
    year[list] = valid;
  }
  return year as PackageYear;
}

/** Reads and checks a package: a zip, its manifest, every checksum, every record against its schema. */
async function readPackage(bytes: Buffer, progress: Progress = noProgress): Promise<PendingPackage> {
  if (bytes.length === 0) throw refuse('Tệp rỗng (0 byte): hãy chọn đúng tệp gói dữ liệu.');
  await progress('Đang giải nén gói dữ liệu', 0);
  let zip: Map<string, Buffer>;
  try {
    zip = await readZip(bytes, MAX_UNZIPPED_BYTES, (done, total) =>
      progress('Đang giải nén gói dữ liệu', (UNZIPPED * done) / total),
    );
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    throw refuse('Tệp không phải là gói dữ liệu của phần mềm (không đọc được dạng nén .zip).');
  }
  const json = (path: string): unknown => {
    try {
      return JSON.parse(zip.get(path)!.toString('utf8'));
    } catch {
      throw refuse(`Gói dữ liệu bị hỏng: tệp “${path}” không đọc được.`);
    }
  };
  if (!zip.has('manifest.json'))
    throw refuse('Tệp không phải là gói dữ liệu của phần mềm (thiếu manifest.json).');
  const manifestRaw = json('manifest.json');
  const format = (manifestRaw as { format?: unknown } | null)?.format;
  if (format !== PACKAGE_FORMAT) throw refuse('Tệp không phải là gói dữ liệu của phần mềm “Dân vận khéo”.');
  const manifest = packageManifestSchema.safeParse(manifestRaw);
  if (!manifest.success) throw refuse('Gói dữ liệu bị hỏng: phần mô tả (manifest.json) không hợp lệ.');
  if (manifest.data.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw refuse(
      `Gói dữ liệu được tạo bằng phiên bản mới hơn (${manifest.data.appVersion}): hãy cập nhật phần mềm rồi nhập lại.`,
    );
  }
  const contents = new Map<string, Buffer>();
  const checked = Object.entries(manifest.data.checksums);
  for (const [i, [path, sum]] of checked.entries()) {
    await progress('Đang kiểm tra các tệp trong gói', UNZIPPED + ((CHECKED - UNZIPPED) * i) / checked.length);
    const data = zip.get(path);
    if (!data) throw refuse(`Gói dữ liệu thiếu tệp “${path}”.`);
    if (sha256(data) !== sum) throw refuse(`Gói dữ liệu bị hỏng: tệp “${path}” không khớp mã kiểm tra.`);
    contents.set(path, data);
  }
  const parse = <T>(path: string, schema: z.ZodType<T>): T => {
    const data = contents.get(path);
    if (!data) throw refuse(`Gói dữ liệu thiếu tệp “${path}”.`);
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString('utf8'));
    } catch {
      throw refuse(`Gói dữ liệu bị hỏng: tệp “${path}” không đọc được.`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw refuse(`Gói dữ liệu bị hỏng: tệp “${path}” có dữ liệu không hợp lệ.`);
    return parsed.data;
  };
  const office = parse('office.json', packageOfficeSchema);
  // Each year's share of the reading is its share of the bytes; within a year, of its records.
  const yearBytes = manifest.data.years.map((y) => contents.get(`years/${y}.json`)?.length ?? 0);
  const allBytes = Math.max(
    1,
    yearBytes.reduce((a, b) => a + b, 0),
  );
  let read = 0;
  const years = [];
  for (const [i, y] of manifest.data.years.entries()) {
    const path = `years/${y}.json`;
    const reading = part(
      progress,
      CHECKED + ((READ - CHECKED) * read) / allBytes,
      CHECKED + ((READ - CHECKED) * (read += yearBytes[i]!)) / allBytes,
    );
    await reading(`Đang đọc dữ liệu năm ${y}`, 0);
    const year = await checkYear(parse(path, z.unknown()), (done) =>
      reading(`Đang đọc dữ liệu năm ${y}`, done),
    );
    if (!year) throw refuse(`Gói dữ liệu bị hỏng: tệp “${path}” có dữ liệu không hợp lệ.`);
    years.push(year);
  }
  const files = new Map<string, Buffer>();
  for (const [path, data] of contents) {
    const m = ATTACHMENT_PATH.exec(path);
    if (m) files.set(`${m[1]}/${m[2]}`, data);
  }
  return { pkg: { manifest: manifest.data, office, years }, files };
}

/**
 * Names of the records a conflict's fields point to (units, fields, indicators, members, rubrics, models), from
 * both sides: the package's own when this office does not know them.
 */
function namesOf(state: OfficeState, pkg: PackageContent): NameOf {
  let names: Map<string, string> | null = null;
  return (id) => {
    if (!names) {
      names = new Map();
      const { catalogues, rubrics } = state.main;
      for (const list of [
        ...Object.values(pkg.office.catalogues),
        pkg.office.rubrics,
        ...Object.values(catalogues),
        rubrics,
      ])
        for (const item of list as { id: string; name: string }[]) names.set(item.id, item.name);
      for (const y of pkg.years) {
        for (const m of [...y.models, ...state.year(y.year).models]) names.set(m.id, m.title);
      }
    }
    return names.get(id);
  };
}

function summarise(
  pkg: PackageContent,
  plans: KindPlan[],
  nameOf: NameOf,
): Omit<ExchangePreview, 'packageId'> {
  const kinds = plans.map((p) => ({
    kind: p.kind,
    label: recordKindLabels[p.kind],
    year: p.year,
    new: p.decisions.filter((d) => d.action === 'new').length,
    changed: p.decisions.filter((d) => d.action === 'changed').length,
    deleted: p.decisions.filter((d) => d.action === 'deleted').length,
    conflicts: p.decisions.filter((d) => d.action === 'conflict').length,
  }));
  const conflicts = plans.flatMap((p) =>
    p.decisions.flatMap((d) =>
      d.action === 'conflict'
        ? [
            {
              key: conflictKey(p, d.id),
              label: recordKindLabels[p.kind],
              year: p.year,
              title: titleOf((d.incoming ?? d.local) as unknown as Record<string, unknown>, nameOf),
              localTitle: d.local && titleOf(d.local as unknown as Record<string, unknown>, nameOf),
              incomingTitle: d.incoming && titleOf(d.incoming as unknown as Record<string, unknown>, nameOf),
              differences:
                d.local && d.incoming ? recordDifferences(p.kind, d.local, d.incoming, nameOf) : [],
              localUpdatedAt: d.local?.updatedAt ?? null,
              incomingUpdatedAt: d.incoming?.updatedAt ?? null,
              localChangedBy: d.local && lastChangedBy(d.local),
              incomingChangedBy: d.incoming && lastChangedBy(d.incoming),
              newer: d.newer,
            },
          ]
        : [],
    ),
  );
  const { manifest } = pkg;
  return {
    summary: {
      office: manifest.office.name,
      exportedAt: manifest.exportedAt,
      appVersion: manifest.appVersion,
      years: manifest.years,
      counts: manifest.counts,
      kinds: kinds.filter((k) => k.new + k.changed + k.deleted + k.conflicts > 0),
    },
    conflicts,
  };
}

/** "Xuất gói dữ liệu" / "Nhập gói dữ liệu" (issue 13 §3). */
export function exchangeService({
  store,
  commands,
  clock,
  version,
  jobs,
}: ExchangeServiceDeps): HandlersFor<ExchangeChannels> {
  // One package at a time: a package can hold a province's data.
  const pending = new StagedPreviews<PendingPackage>(jobs, 1, {
    cancelled:
      'Lần nhập gói dữ liệu này đã được hủy nên không có gì được ghi: hãy chọn lại gói nếu muốn nhập.',
    gone: 'Phiên xem trước đã hết hạn hoặc đã được nhập: hãy chọn lại gói dữ liệu.',
  });
  const attachmentPath = (key: string) => join(store.dataDir, ATTACHMENTS_DIR, ...key.split('/'));

  /** Office data and the package's years, read inside the write queue (nothing is written). */
  const stateFor = (years: readonly number[]) => store.transact((tx) => readState(tx, years));

  return {
    'exchange.export': async ({ years }) => {
      // The office gets its id for packages the first time it sends one.
      const { main, data } = await store.transact(
        async (tx) => {
          let main: MainData = tx.main;
          if (!main.exchange) {
            main = { ...main, exchange: { officeId: randomUUID(), lastMet: {} } };
            tx.setMain(main);
          }
          const data: YearData[] = [];
          for (const y of [...years].sort((a, b) => a - b)) data.push(await tx.year(y));
          return { main, data };
        },
        { label: 'exchange.export' },
      );
      const parts = packageParts(main, data);
      const entries: { path: string; data: Buffer }[] = [];
      const checksums: Record<string, string> = {};
      const add = (path: string, data: Buffer) => {
        entries.push({ path, data });
        checksums[path] = sha256(data);
      };
      add('office.json', Buffer.from(JSON.stringify(parts.office)));
      for (const y of parts.years) add(`years/${y.year}.json`, Buffer.from(JSON.stringify(y)));
      for (const m of parts.years.flatMap((y) => y.models)) {
        for (const a of m.attachments) {
          const bytes = await readFile(attachmentPath(`${m.id}/${a.id}`)).catch(() => null);
          if (bytes) add(`attachments/${m.id}/${a.id}`, bytes);
        }
      }
      const counts = Object.fromEntries(
        (['models', 'rounds', 'sheets', 'commendations'] as const).map((k) => [
          k,
          parts.years.reduce((n, y) => n + y[k].length, 0),
        ]),
      );
      const exportedAt = clock().toISOString();
      const manifest = {
        format: PACKAGE_FORMAT,
        formatVersion: PACKAGE_FORMAT_VERSION,
        appVersion: version,
        office: { id: main.exchange!.officeId, name: officeName(main) },
        exportedAt,
        years: parts.years.map((y) => y.year),
        counts,
        lastMet: main.exchange!.lastMet,
        checksums,
      };
      const bytes = writeZip([
        { path: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
        ...entries,
      ]);
      const stamp = exportedAt.slice(0, 10);
      const name = `Gói dữ liệu ${officeName(main)} ${manifest.years.join('-')} ${stamp}.zip`;
      return {
        fileName: sanitizeFileName(name) ?? `goi-du-lieu-${stamp}.zip`,
        dataBase64: bytes.toString('base64'),
      };
    },

    // Followed as job `jobId` when the page sends one; the package is then staged under that id.
    'exchange.preview': ({ dataBase64, jobId }) =>
      jobs.run(jobId, async ({ progress }) => {
        const read = await readPackage(Buffer.from(dataBase64, 'base64'), progress);
        if (read.pkg.manifest.office.id === store.mainData.exchange?.officeId) {
          throw refuse('Gói dữ liệu này do chính máy này xuất ra: không có gì để nhập.');
        }
        await progress('Đang đối chiếu với dữ liệu ở đây', READ);
        const state = await stateFor(read.pkg.manifest.years);
        const { pkg, plans } = await runStepsAsync(planningPackageMerge(state, read.pkg), (done) =>
          progress('Đang đối chiếu với dữ liệu ở đây', READ + (PLANNED - READ) * done),
        );
        const packageId = pending.keep(jobId, read);
        return { packageId, ...summarise(pkg, plans, namesOf(state, pkg)) };
      }),

    'exchange.commit': async ({ packageId, resolutions }) => {
      const job = pending.get(packageId);
      // The files wait in a staging folder until the merge is committed: a refused one leaves none behind.
      const { years } = job.pkg.manifest;
      const result = await AttachmentStaging.around(
        store.dataDir,
        async (staging) => {
          for (const [key, bytes] of job.files) {
            const [modelId, attachmentId] = key.split('/') as [string, string];
            await staging.put(modelId, attachmentId, bytes);
          }
        },
        () =>
          commands.run(
            years,
            (state, ctx) => mergePackage(state, { pkg: job.pkg, choices: resolutions }, ctx),
            `exchange.commit ${job.pkg.manifest.office.name}`,
          ),
        async () => listedAttachments(await Promise.all(years.map((y) => store.yearData(y)))),
      );
      pending.delete(packageId);
      return result;
    },
  };
}
