import fc from 'fast-check';

/** A real file with one byte changed, cut short, or with bytes flipped here and there: what a disk or a mail does. */
export function mutatedBytes(real: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.record({ at: fc.nat(real.length - 1), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, byte }) => {
      const copy = real.slice();
      copy[at] = byte;
      return copy;
    }),
    fc.nat(real.length).map((end) => real.slice(0, end)),
    fc.array(fc.nat(real.length - 1), { minLength: 1, maxLength: 40 }).map((spots) => {
      const copy = real.slice();
      for (const at of spots) copy[at] = copy[at]! ^ 0xff;
      return copy;
    }),
  );
}
