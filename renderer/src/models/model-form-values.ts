import type { Model, ModelFormInput } from '../../../shared/domain/model';

/** What the form holds while typing: the two catalogue choices start empty, showing their placeholder. */
export type ModelFormValues = Omit<ModelFormInput, 'unitId' | 'fieldId'> & {
  unitId?: string;
  fieldId?: string;
};

/**
 * The form's values as the backend takes them. Fields hidden by the current choices are cleared, so a model
 * switched back to "Tập thể" does not keep a person's name it no longer shows.
 */
export function toModelInput(values: ModelFormValues): ModelFormInput {
  const input = { ...values, unitId: values.unitId ?? '', fieldId: values.fieldId ?? '' };
  if (input.kind !== 'individual') Object.assign(input, { personName: '', personPosition: '' });
  if (input.registration !== 'continued') input.previousId = null;
  return input;
}

/** What a continued model takes over from last year's when left empty: not its dates, not its links. */
const carriedOver = [
  'title',
  'unitId',
  'personName',
  'personPosition',
  'fieldId',
  'commune',
  'hamlet',
  'situation',
  'goals',
  'content',
  'participants',
  'forces',
  'resources',
  'expectedResults',
  'sustainability',
  'contactName',
  'contactPhone',
] as const satisfies (keyof ModelFormInput)[];

/** The values of `previous` for the fields still empty in `current`. */
export function carryOver(current: ModelFormValues, previous: Model): Partial<ModelFormValues> {
  return Object.fromEntries(
    carriedOver.filter((key) => !current[key]).map((key) => [key, previous[key]]),
  ) as Partial<ModelFormValues>;
}
