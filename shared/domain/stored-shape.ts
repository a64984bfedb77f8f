import { z } from 'zod';

type Stored<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodPipe<z.ZodType, infer Out extends z.ZodType> ? Out : S[K];
};

/**
 * The same fields as an input shape, checked as they are stored: text was trimmed and NFC-normalised when it
 * was saved, so reading a file checks the stored value against the field's limits without running the
 * transforms again (25,000 models at start-up make that worth it).
 */
export function storedShape<S extends z.ZodRawShape>(shape: S): Stored<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, schema instanceof z.ZodPipe ? schema.out : schema]),
  ) as Stored<S>;
}
