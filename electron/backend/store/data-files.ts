import { z } from 'zod';
import {
  cataloguesSchema,
  defaultFields,
  defaultIndicators,
  type Catalogues,
} from '../../../shared/domain/catalogues';
import { commendationSchema } from '../../../shared/domain/commendation';
import { modelSchema } from '../../../shared/domain/model';
import { defaultOfficeSettings, officeSettingsSchema } from '../../../shared/domain/office-settings';
import { roundSchema } from '../../../shared/domain/round';
import { defaultRubrics, rubricSchema } from '../../../shared/domain/rubric';
import { sheetSchema } from '../../../shared/domain/sheet';
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
  /** "Bộ tiêu chí": edited like a catalogue, copied into each round when it is created. */
  rubrics: z.array(rubricSchema),
});
export type MainData = z.infer<typeof mainDataSchema>;

const defaultCatalogues = (): Catalogues => ({
  units: [],
  fields: [...defaultFields],
  indicators: [...defaultIndicators],
  members: [],
});

export const mainFormat: FileFormat<MainData> = {
  version: 3,
  schema: mainDataSchema,
  migrations: [
    {
      from: 1,
      describe: 'thêm danh mục (đơn vị, lĩnh vực, chỉ tiêu, thành viên)',
      up: (raw) => ({ ...raw, catalogues: defaultCatalogues() }),
    },
    {
      from: 2,
      describe: 'thêm bộ tiêu chí mặc định',
      up: (raw) => ({ ...raw, rubrics: [...defaultRubrics] }),
    },
  ],
};

export function emptyMainData(now: Date): MainData {
  return {
    schemaVersion: mainFormat.version,
    settings: defaultOfficeSettings(now),
    catalogues: defaultCatalogues(),
    rubrics: [...defaultRubrics],
  };
}

export const yearDataSchema = z.object({
  schemaVersion: z.number(),
  year: z.number().int(),
  models: z.array(modelSchema),
  rounds: z.array(roundSchema),
  sheets: z.array(sheetSchema),
  commendations: z.array(commendationSchema),
});
export type YearData = z.infer<typeof yearDataSchema>;

export const yearFormat: FileFormat<YearData> = {
  version: 3,
  schema: yearDataSchema,
  migrations: [
    { from: 1, describe: 'thêm danh sách mô hình', up: (raw) => ({ ...raw, models: [] }) },
    {
      from: 2,
      describe: 'thêm đợt đánh giá, phiếu chấm điểm và khen thưởng',
      up: (raw) => ({ ...raw, rounds: [], sheets: [], commendations: [] }),
    },
  ],
};

export function emptyYearData(year: number): YearData {
  return { schemaVersion: yearFormat.version, year, models: [], rounds: [], sheets: [], commendations: [] };
}
