import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CachedJsonSerializer } from '../../../electron/backend/store/cached-json';

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
});
