import { z } from 'zod';
import {
  defaultOfficeSettings,
  officeSettingsSchema,
  type OfficeSettings,
} from '../../../shared/domain/office-settings';
import type { FileFormat } from './validated-json-file';

/** Where each kind of data lives inside the data folder. One file for the office, one per year. */
export const MAIN_FILE = 'office.json';
export const YEARS_DIR = 'years';
export const yearFile = (year: number) => `${YEARS_DIR}/${year}.json`;
export const YEAR_FILE_PATTERN = /^(\d{4})\.json$/;

export const mainDataSchema = z.object({
  schemaVersion: z.number(),
  settings: officeSettingsSchema,
});
export type MainData = z.infer<typeof mainDataSchema>;

export const mainFormat: FileFormat<MainData> = {
  version: 1,
  schema: mainDataSchema,
  migrations: [],
};

export function emptyMainData(now: Date): MainData {
  return { schemaVersion: mainFormat.version, settings: defaultOfficeSettings(now) satisfies OfficeSettings };
}

export const yearDataSchema = z.object({
  schemaVersion: z.number(),
  year: z.number().int(),
});
export type YearData = z.infer<typeof yearDataSchema>;

export const yearFormat: FileFormat<YearData> = {
  version: 1,
  schema: yearDataSchema,
  migrations: [],
};

export function emptyYearData(year: number): YearData {
  return { schemaVersion: yearFormat.version, year };
}
