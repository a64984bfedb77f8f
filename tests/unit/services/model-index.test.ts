import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelIndex } from '../../../electron/backend/services/model-index';
import { DataStore } from '../../../electron/backend/store/data-store';
import { modelRecord } from '../../helpers/model-records';
import { manualClock, useTempDirs } from '../../helpers/temp-dir';

const UNIT = '00000000-0000-4000-8000-000000000001';
const FIELD = '00000000-0000-4000-8000-000000000101';

describe('the model index', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string) => DataStore.open({ dataDir, clock: manualClock().now });

  it('reads every year’s rows in the background, and the list answers from them', async () => {
    const dir = await tempDir();
    let store = await open(dir);
    for (const year of [2023, 2024]) {
      const models = [modelRecord({ unitId: UNIT, fieldId: FIELD, year, title: `Đường giao thông ${year}` })];
      await store.updateYear(year, (d) => ({ ...d, models }));
    }
    await store.close(); // compacts: snapshots and indexes
    store = await open(dir);
    const index = new ModelIndex(store);
    index.warm();
    await index.settled();
    // Read already: were the index or the full year read now, the year would show as a problem and empty.
    await rm(join(dir, 'index'), { recursive: true });
    await writeFile(join(dir, 'years', '2023.json'), '{"schemaVersion":3,"year":20');
    const years = await index.years(null);
    expect(years.map((y) => [y.row(0).title, y.search[0]])).toEqual([
      ['Đường giao thông 2023', 'duong giao thong 2023'],
      ['Đường giao thông 2024', 'duong giao thong 2024'],
    ]);
    expect(store.problems).toEqual([]);
    await store.close();
  });
});
