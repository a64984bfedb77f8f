import { z } from 'zod';
import {
  cataloguesSchema,
  defaultFields,
  defaultIndicators,
  type Catalogues,
} from '../../../shared/domain/catalogues';
import { modelSchema } from '../../../shared/domain/model';
import { defaultOfficeSettings, officeSettingsSchema } from '../../../shared/domain/office-settings';
import type { FileFormat } from './validated-json-file';

/** Where each kind of data lives inside the data folder. One file for the office, one per year. */
export const MAIN_FILE = 'office.json';
export const YEARS_DIR = 'years';
export const yearFile = (year: number) => `${YEARS_DIR}/${year}.json`;
export const YEAR_FILE_PATTERN = /^(\d{4})\.json$/;

export const mainDataSchema = z.object({
  schemaVersion: z.number(),
  settings: officeSettingsSchema,
  catalogues: cataloguesSchema,
});
export type MainData = z.infer<typeof mainDataSchema>;

const defaultCatalogues = (): Catalogues => ({
  units: [],
  fields: [...defaultFields],
  indicators: [...defaultIndicators],
  members: [],
});

export const mainFormat: FileFormat<MainData> = {
  version: 2,
  schema: mainDataSchema,
  migrations: [
    {
      from: 1,
      describe: 'thêm danh mục (đơn vị, lĩnh vực, chỉ tiêu, thành viên)',
      up: (raw) => ({ ...raw, catalogues: defaultCatalogues() }),
    },
  ],
};

export function emptyMainData(now: Date): MainData {
  return {
    schemaVersion: mainFormat.version,
    settings: defaultOfficeSettings(now),
    catalogues: defaultCatalogues(),
  };
}

export const yearDataSchema = z.object({
  schemaVersion: z.number(),
  year: z.number().int(),
  models: z.array(modelSchema),
});
export type YearData = z.infer<typeof yearDataSchema>;

export const yearFormat: FileFormat<YearData> = {
  version: 2,
  schema: yearDataSchema,
  migrations: [{ from: 1, describe: 'thêm danh sách mô hình', up: (raw) => ({ ...raw, models: [] }) }],
};

export function emptyYearData(year: number): YearData {
  return { schemaVersion: yearFormat.version, year, models: [] };
}
