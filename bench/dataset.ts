import {
  DISTRICT as DISTRICT_STORE,
  PROVINCE as PROVINCE_STORE,
  writeStoreDataset,
  type StoreDatasetSpec,
} from './store-dataset';

/** A data set of models only (no round): the store bench's generator, its round left out. */
export type DatasetSpec = Pick<StoreDatasetSpec, 'name' | 'years' | 'perYear' | 'units'>;

const modelsOnly = ({ name, years, perYear, units }: StoreDatasetSpec): DatasetSpec => ({
  name,
  years,
  perYear,
  units,
});
export const DISTRICT = modelsOnly(DISTRICT_STORE);
export const PROVINCE = modelsOnly(PROVINCE_STORE);

/** Writes a data folder of `spec`: the demo generator's models, every year but the last one evaluated. */
export function writeDataset(dataDir: string, spec: DatasetSpec): Promise<void> {
  return writeStoreDataset(dataDir, { ...spec, roundYear: spec.years.at(-1)!, roundSize: 0 });
}
