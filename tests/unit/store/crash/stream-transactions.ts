/**
 * Child process of crash.test.ts: streams transactions into a data folder until it is killed, printing
 * "ack N" once transaction N is answered. Transaction N sets the office's name to N and writes model slot
 * N % 50 (in year 2024 or 2025) with the title "Mô hình N": one change across two files. With "big", year 2024
 * first gets 3,000 other models (a few MB), so that most kills land while a compaction is writing its
 * snapshot chunk by chunk.
 */
import { DataStore } from '../../../../electron/backend/store/data-store';
import { modelRecord } from '../../../helpers/model-records';

export const SLOTS = 50;
export const slotId = (slot: number) => `00000000-0000-4000-8000-${String(slot).padStart(12, '0')}`;
export const slotYear = (slot: number) => 2024 + (slot % 2);
const FIELD = '00000000-0000-4000-8000-100000000000';

export const FILLER = 3000;
export const fillerId = (i: number) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;

async function main(dataDir: string, big: boolean): Promise<void> {
  const store = await DataStore.open({
    dataDir,
    clock: () => new Date(),
    compactBytes: 32 * 1024,
    idleMs: 50,
  });
  if (big && (await store.yearData(2024)).models.length < FILLER) {
    const filler = Array.from({ length: FILLER }, (_, i) =>
      modelRecord({
        id: fillerId(i),
        unitId: FIELD,
        fieldId: FIELD,
        year: 2024,
        title: `Mô hình phụ ${i}`,
        content: 'Vận động nhân dân hiến đất, góp ngày công làm đường giao thông nông thôn. '.repeat(12),
      }),
    );
    await store.updateYear(2024, (d) => ({ ...d, models: [...filler, ...d.models] }));
    process.stdout.write('ready\n');
  }
  let n = Number(store.mainData.settings.orgName || '0');
  for (;;) {
    n += 1;
    const slot = n % SLOTS;
    const year = slotYear(slot);
    const id = slotId(slot);
    await store.transact(async (tx) => {
      tx.setMain({ ...tx.main, settings: { ...tx.main.settings, orgName: String(n) } });
      const data = await tx.year(year);
      const model = modelRecord({ id, unitId: FIELD, fieldId: FIELD, year, title: `Mô hình ${n}` });
      const models = data.models.some((m) => m.id === id)
        ? data.models.map((m) => (m.id === id ? model : m))
        : [...data.models, model];
      tx.setYear(year, { ...data, models });
    });
    process.stdout.write(`ack ${n}\n`);
    // Now and then, let the idle compaction and the event loop in, as a user pausing would.
    if (n % 97 === 0) await new Promise((resolve) => setTimeout(resolve, 60));
  }
}

if (process.argv[2]) void main(process.argv[2], process.argv[3] === 'big');
