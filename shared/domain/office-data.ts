import { z } from 'zod';
import { cataloguesSchema } from './catalogues';
import { commendationSchema } from './commendation';
import { modelSchema } from './model';
import { officeSettingsSchema } from './office-settings';
import { roundSchema } from './round';
import { rubricSchema } from './rubric';
import { sheetSchema } from './sheet';

/**
 * The office's data as the commands see it: one record for the office (settings, catalogues, rubrics) and
 * one per year. The store keeps each in a file (`office.json`, `years/2023.json`) with these shapes.
 */
/** The kinds of record an office keeps, as data packages carry them. */
export const mainRecordKinds = ['units', 'fields', 'indicators', 'members', 'rubrics'] as const;
export const yearRecordKinds = ['models', 'rounds', 'sheets', 'commendations'] as const;
export type RecordKind = (typeof mainRecordKinds)[number] | (typeof yearRecordKinds)[number];

/**
 * A record deleted for good, kept by id with the `updatedAt` of the copy that was deleted, so a data package
 * holding that copy (or an older one) does not bring it back; a copy changed after it is a conflict instead.
 */
export const tombstoneSchema = z.object({
  kind: z.enum([...mainRecordKinds, ...yearRecordKinds]),
  id: z.uuid(),
  updatedAt: z.iso.datetime(),
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

/** Who this office is to the others it exchanges packages with, and when it last took in each one's data. */
export const exchangeStateSchema = z.object({
  officeId: z.uuid(),
  /** Other office id → `exportedAt` of the newest package from it merged here (in that office's clock). */
  lastMet: z.record(z.uuid(), z.iso.datetime()),
});
export type ExchangeState = z.infer<typeof exchangeStateSchema>;

export const mainDataSchema = z.object({
  schemaVersion: z.number(),
  settings: officeSettingsSchema,
  catalogues: cataloguesSchema,
  /** "Bộ tiêu chí": edited like a catalogue, copied into each round when it is created. */
  rubrics: z.array(rubricSchema),
  tombstones: z.array(tombstoneSchema).optional(),
  exchange: exchangeStateSchema.optional(),
});
export type MainData = z.infer<typeof mainDataSchema>;

export const yearDataSchema = z.object({
  schemaVersion: z.number(),
  year: z.number().int(),
  models: z.array(modelSchema),
  rounds: z.array(roundSchema),
  sheets: z.array(sheetSchema),
  commendations: z.array(commendationSchema),
  tombstones: z.array(tombstoneSchema).optional(),
});
export type YearData = z.infer<typeof yearDataSchema>;

/** `data` with tombstones for `records` of `kind`, deleted for good. */
export function withTombstones<D extends { tombstones?: Tombstone[] }>(
  data: D,
  kind: RecordKind,
  records: readonly { id: string; updatedAt: string }[],
): D {
  if (records.length === 0) return data;
  const stones = records.map((r) => ({ kind, id: r.id, updatedAt: r.updatedAt }));
  return { ...data, tombstones: [...(data.tombstones ?? []), ...stones] };
}
