import { modelFormSchema, type Model, type ModelFormInput } from '../../../shared/domain/model';

/** What the form holds while typing: the two catalogue choices start empty, showing their placeholder. */
export type ModelFormValues = Omit<ModelFormInput, 'unitId' | 'fieldId'> & {
  unitId?: string;
  fieldId?: string;
};

const formKeys = Object.keys(modelFormSchema.shape) as (keyof ModelFormInput)[];

/** A blank registration for `year`: texts '', optional links and dates null (as the backend stores them). */
export function blankModelForm(year: number): ModelFormValues {
  return {
    year,
    title: '',
    kind: 'collective',
    personName: '',
    personPosition: '',
    registration: 'new',
    previousId: null,
    replicatesId: null,
    commune: '',
    hamlet: '',
    situation: '',
    goals: '',
    content: '',
    participants: '',
    forces: '',
    resources: '',
    startDate: null,
    endDate: null,
    expectedResults: '',
    sustainability: '',
    contactName: '',
    contactPhone: '',
  };
}

export function modelToForm(model: Model): ModelFormValues {
  return Object.fromEntries(formKeys.map((key) => [key, model[key]])) as ModelFormValues;
}

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
