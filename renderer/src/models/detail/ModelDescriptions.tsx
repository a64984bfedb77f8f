import { Descriptions } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../../shared/format/date';
import { kindLabels, registrationLabels, type Model } from '../../../../shared/domain/model';
import { useCatalogueNames } from '../../catalogues/use-catalogue-names';
import { DATE_FORMAT } from '../../forms/iso-date';

const orDash = (text: string | null): ReactNode => text || <span className="empty-value">—</span>;
/** Long texts keep the line breaks they were typed with. */
const long = (text: string): ReactNode => (text ? <div className="long-text">{text}</div> : orDash(text));
const date = (value: string | null) => orDash(value && dayjs(value).format(DATE_FORMAT));

/** Every registered field of a model, labelled as in the registration form. */
export function ModelDescriptions({ model }: { model: Model }) {
  const { unitName, fieldName } = useCatalogueNames();
  const items: { label: string; children: ReactNode; span?: number }[] = [
    { label: 'Năm', children: model.year },
    { label: 'Hình thức', children: kindLabels[model.kind] },
    { label: 'Đơn vị đăng ký', children: unitName(model.unitId), span: 2 },
    ...(model.kind === 'individual'
      ? [
          { label: 'Họ và tên', children: orDash(model.personName) },
          { label: 'Chức vụ', children: orDash(model.personPosition) },
        ]
      : []),
    { label: 'Lĩnh vực', children: fieldName(model.fieldId) },
    { label: 'Loại đăng ký', children: registrationLabels[model.registration] },
    { label: 'Địa bàn (xã, thị trấn)', children: orDash(model.commune) },
    { label: 'Địa bàn (thôn, bản, tổ dân phố)', children: orDash(model.hamlet) },
    { label: 'Thực trạng, lý do xây dựng', children: long(model.situation), span: 2 },
    { label: 'Mục tiêu', children: long(model.goals), span: 2 },
    { label: 'Nội dung, cách thức thực hiện', children: long(model.content), span: 2 },
    { label: 'Đối tượng tham gia', children: long(model.participants), span: 2 },
    { label: 'Lực lượng thực hiện', children: long(model.forces), span: 2 },
    { label: 'Nguồn lực', children: long(model.resources), span: 2 },
    { label: 'Thời gian bắt đầu', children: date(model.startDate) },
    { label: 'Thời gian kết thúc', children: date(model.endDate) },
    { label: 'Kết quả dự kiến', children: long(model.expectedResults), span: 2 },
    { label: 'Khả năng duy trì, nhân rộng', children: long(model.sustainability), span: 2 },
    { label: 'Người phụ trách', children: orDash(model.contactName) },
    { label: 'Số điện thoại', children: orDash(model.contactPhone) },
    { label: 'Ngày nhập', children: formatDateTime(model.createdAt) },
    { label: 'Cập nhật lần cuối', children: formatDateTime(model.updatedAt) },
    // Only a model a data package brought here has one: the office it was registered at.
    ...(model.origin ? [{ label: 'Đơn vị gửi', children: model.origin, span: 2 }] : []),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      styles={{ label: { width: 220 } }}
      items={items.map((item) => ({ key: item.label, ...item }))}
    />
  );
}
