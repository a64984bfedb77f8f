import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CachedJsonSerializer, type JsonLayout } from '../../../electron/backend/store/cached-json';

describe('CachedJsonSerializer', () => {
  it('writes exactly what JSON.stringify writes', () => {
    const serializer = new CachedJsonSerializer();
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.constant(undefined)),
        ),
        (data) => {
          expect(serializer.stringify(data)).toBe(JSON.stringify(data));
        },
      ),
    );
  });

  it('reflects a replaced record and keeps unchanged ones', () => {
    const serializer = new CachedJsonSerializer();
    const a = { id: 'a', title: 'Cũ' };
    const b = { id: 'b', title: 'Giữ' };
    serializer.stringify({ models: [a, b] });
    const changed = { ...a, title: 'Mới' };
    expect(serializer.stringify({ schemaVersion: 2, models: [changed, b] })).toBe(
      JSON.stringify({ schemaVersion: 2, models: [changed, b] }),
    );
  });

  it('cuts the same text into chunks between records, each about the size asked', () => {
    const serializer = new CachedJsonSerializer();
    const models = Array.from({ length: 50 }, (_, i) => ({
      id: `m${i}`,
      title: 'Đường giao thông nông thôn',
    }));
    const data = { schemaVersion: 3, year: 2025, models, rounds: [] };
    const chunks = [...serializer.chunks(data, 200)];
    expect(chunks.join('')).toBe(JSON.stringify(data));
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(200);
      expect(chunk.length).toBeLessThanOrEqual(200 + JSON.stringify(models[0]).length + 1);
      expect(chunk.endsWith('}')).toBe(true); // a record is never cut
    }
  });

  it('places every field and every record of the lists asked for at their bytes in the text', () => {
    const serializer = new CachedJsonSerializer();
    const record = fc.record({ id: fc.string(), title: fc.string(), n: fc.integer() });
    fc.assert(
      fc.property(
        fc.record({ schemaVersion: fc.integer(), models: fc.array(record), tags: fc.array(fc.string()) }),
        fc.integer({ min: 1, max: 300 }),
        (data, size) => {
          const layout: JsonLayout = { fields: {}, records: {} };
          const bytes = Buffer.from(
            [...serializer.chunks(data, size, { into: layout, recordsOf: ['models'] })].join(''),
          );
          const at = ([start, end]: [number, number]) => JSON.parse(bytes.subarray(start, end).toString());
          for (const [key, value] of Object.entries(data)) expect(at(layout.fields[key]!)).toEqual(value);
          // The last record of an id is the one placed, as a reader of the parsed list would find it last.
          const byId = new Map(data.models.map((m) => [m.id, m]));
          expect(Object.keys(layout.records.models!).sort()).toEqual([...byId.keys()].sort());
          for (const [id, m] of byId) expect(at(layout.records.models![id]!)).toEqual(m);
        },
      ),
    );
  });
});
