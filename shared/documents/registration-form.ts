import { kindLabels, registrationLabels, type ModelForm } from '../domain/model';

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
    { label: 'Năm', text: String(model.year) },
    { label: 'Tên mô hình', text: model.title },
    { label: 'Hình thức', text: kindLabels[model.kind] },
    { label: 'Đơn vị đăng ký', text: names.unit },
    ...(model.kind === 'individual'
      ? [
          { label: 'Họ và tên', text: model.personName },
          { label: 'Chức vụ', text: model.personPosition },
        ]
      : []),
    { label: 'Lĩnh vực', text: names.field },
    { label: 'Loại đăng ký', text: registration },
    { label: 'Địa bàn', text: joined(model.hamlet, model.commune) },
    { label: 'Thực trạng, lý do xây dựng', text: model.situation, long: true },
    { label: 'Mục tiêu', text: model.goals, long: true },
    { label: 'Nội dung, cách thức thực hiện', text: model.content, long: true },
    { label: 'Đối tượng tham gia', text: model.participants, long: true },
    { label: 'Lực lượng thực hiện', text: model.forces, long: true },
    { label: 'Nguồn lực', text: model.resources, long: true },
    { label: 'Thời gian bắt đầu', text: isoDay(model.startDate) },
    { label: 'Thời gian kết thúc', text: isoDay(model.endDate) },
    { label: 'Kết quả dự kiến', text: model.expectedResults, long: true },
    { label: 'Khả năng duy trì, nhân rộng', text: model.sustainability, long: true },
    { label: 'Người phụ trách', text: model.contactName },
    { label: 'Số điện thoại', text: model.contactPhone },
  ];
}
