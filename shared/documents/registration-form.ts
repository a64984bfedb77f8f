import {
  kindLabels,
  modelLabels as L,
  placeLabel,
  registrationLabels,
  type ModelForm,
} from '../domain/model';

/** One line of "Phiếu đăng ký": a label of domain.md §4 and what was registered; `long` texts get their own block. */
export interface RegistrationLine {
  label: string;
  text: string;
  long?: boolean;
}

/** "2023-03-01" as "01/03/2023", without passing through a time zone. */
const isoDay = (value: string | null) => (value ? value.split('-').reverse().join('/') : '');

const joined = (...parts: string[]) => parts.filter(Boolean).join(', ');

/**
 * A model's registration as the form has it (domain.md §4), labels in the form's order: "Họ và tên" and
 * "Chức vụ" only for "Cá nhân", the previous year's model only for "Duy trì".
 */
export function registrationLines(
  model: ModelForm,
  names: { unit: string; field: string; previous: string | null },
): RegistrationLine[] {
  const registration =
    model.registration === 'continued' && names.previous
      ? `${registrationLabels.continued} (mô hình năm trước: “${names.previous}”)`
      : registrationLabels[model.registration];
  return [
    { label: L.year, text: String(model.year) },
    { label: L.title, text: model.title },
    { label: L.kind, text: kindLabels[model.kind] },
    { label: L.unitId, text: names.unit },
    ...(model.kind === 'individual'
      ? [
          { label: L.personName, text: model.personName },
          { label: L.personPosition, text: model.personPosition },
        ]
      : []),
    { label: L.fieldId, text: names.field },
    { label: L.registration, text: registration },
    { label: placeLabel, text: joined(model.hamlet, model.commune) },
    { label: L.situation, text: model.situation, long: true },
    { label: L.goals, text: model.goals, long: true },
    { label: L.content, text: model.content, long: true },
    { label: L.participants, text: model.participants, long: true },
    { label: L.forces, text: model.forces, long: true },
    { label: L.resources, text: model.resources, long: true },
    { label: L.startDate, text: isoDay(model.startDate) },
    { label: L.endDate, text: isoDay(model.endDate) },
    { label: L.expectedResults, text: model.expectedResults, long: true },
    { label: L.sustainability, text: model.sustainability, long: true },
    { label: L.contactName, text: model.contactName },
    { label: L.contactPhone, text: model.contactPhone },
  ];
}
