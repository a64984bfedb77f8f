import fc from 'fast-check';
import type { z } from 'zod';

/** Strings that are near a valid one, or that break a rule a text field must keep. */
const trickyStrings = [
  '',
  ' ',
  'Xã Chu Hương',
  '2023-12-20',
  'CON',
  'COM1 .txt',
  'a\u202Efdp.exe',
  '\u0000\u0007\u001b',
  '../../office.json',
  'C:\\Windows\\win.ini',
  'x'.repeat(3000),
  'Báo cáo.pdf',
  '__proto__',
  'constructor',
];

export interface ArbitraryOptions {
  /** Ids that exist in the data folder, so near-valid input reaches past "not found". */
  ids: readonly string[];
  /** How often (0-1) a node is replaced by junk of any shape. */
  junk: number;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Values shaped like what `schema` accepts (every field, the right kinds, values near its edges), with junk
 * of any shape put in at random places: most are refused for one small reason, some are valid.
 */
export function nearValid(schema: z.ZodType, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const shaped = shapedLike(defOf(schema), options);
  if (options.junk <= 0) return shaped;
  const weight = Math.round(options.junk * 100);
  return fc.oneof({ arbitrary: shaped, weight: 100 - weight }, { arbitrary: fc.anything(), weight });
}

function shapedLike(def: Def, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const inner = (schema: unknown) => nearValid(schema as z.ZodType, options);
  switch (def.type) {
    case 'string':
      return fc.oneof(fc.constantFrom(...options.ids), fc.constantFrom(...trickyStrings), fc.string());
    case 'number':
    case 'int':
      return fc.oneof(
        fc.constantFrom(2023, 2024, 2025, 0, 1, 5, 100, -1, 2.5, 1e9),
        fc.integer({ min: -10, max: 3000 }),
        fc.double({ noNaN: true }),
      );
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null });
    case 'default':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(defOf(def.in).type === 'transform' ? def.out : def.in);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    case 'array':
      return fc.array(inner(def.element), { maxLength: 4 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(
        fc.oneof(fc.constantFrom(...options.ids), fc.string({ maxLength: 8 })),
        inner(def.valueType),
        { maxKeys: 3 },
      );
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const fields = Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, inner(schema)]));
      return fc
        .tuple(
          fc.record(fields),
          fc.option(fc.dictionary(fc.string({ maxLength: 6 }), fc.anything()), { freq: 8 }),
        )
        .map(([value, extra]) => (extra ? { ...extra, ...value } : value));
    }
    default:
      return fc.anything();
  }
}
