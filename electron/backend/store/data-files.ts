import { defaultFields, defaultIndicators, type Catalogues } from '../../../shared/domain/catalogues';
import { defaultOfficeSettings } from '../../../shared/domain/office-settings';
import {
  mainDataSchema,
  yearDataSchema,
  type MainData,
  type YearData,
} from '../../../shared/domain/office-data';
import { defaultRubrics } from '../../../shared/domain/rubric';
import type { FileFormat } from './validated-json-file';

/** Where each kind of data lives inside the data folder. One file for the office, one per year. */
export const MAIN_FILE = 'office.json';
export const YEARS_DIR = 'years';
export const yearFile = (year: number) => `${YEARS_DIR}/${year}.json`;
export const YEAR_FILE_PATTERN = /^(\d{4})\.json$/;

export { mainDataSchema, yearDataSchema, type MainData, type YearData };

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
