import { Descriptions } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../../shared/format/date';
import {
  kindLabels,
  modelLabels as L,
  registrationLabels,
  type Model,
} from '../../../../shared/domain/model';
import { lastChangedBy } from '../../../../shared/domain/record-diff';
import { useCatalogueNames } from '../../catalogues/use-catalogue-names';
import { DATE_FORMAT } from '../../forms/iso-date';

const orDash = (text: string | null): ReactNode => text || <span className="empty-value">—</span>;
/** Long texts keep the line breaks they were typed with. */
const long = (text: string): ReactNode => (text ? <div className="long-text">{text}</div> : orDash(text));
const date = (value: string | null) => orDash(value && dayjs(value).format(DATE_FORMAT));

/** When, and by whom where the model says (records written before that was kept do not always). */
const lastChange = (model: Model) => {
  const by = lastChangedBy(model);
  return `${formatDateTime(model.updatedAt)}${by ? ` (${by})` : ''}`;
};

/** Every registered field of a model, labelled as in the registration form. */
export function ModelDescriptions({ model }: { model: Model }) {
  const { unitName, fieldName } = useCatalogueNames();
  const items: { label: string; children: ReactNode; span?: number }[] = [
    { label: L.year, children: model.year },
    { label: L.kind, children: kindLabels[model.kind] },
    { label: L.unitId, children: unitName(model.unitId), span: 2 },
    ...(model.kind === 'individual'
      ? [
          { label: L.personName, children: orDash(model.personName) },
          { label: L.personPosition, children: orDash(model.personPosition) },
        ]
      : []),
    { label: L.fieldId, children: fieldName(model.fieldId) },
    { label: L.registration, children: registrationLabels[model.registration] },
    { label: L.commune, children: orDash(model.commune) },
    { label: L.hamlet, children: orDash(model.hamlet) },
    { label: L.situation, children: long(model.situation), span: 2 },
    { label: L.goals, children: long(model.goals), span: 2 },
    { label: L.content, children: long(model.content), span: 2 },
    { label: L.participants, children: long(model.participants), span: 2 },
    { label: L.forces, children: long(model.forces), span: 2 },
    { label: L.resources, children: long(model.resources), span: 2 },
    { label: L.startDate, children: date(model.startDate) },
    { label: L.endDate, children: date(model.endDate) },
    { label: L.expectedResults, children: long(model.expectedResults), span: 2 },
    { label: L.sustainability, children: long(model.sustainability), span: 2 },
    { label: L.contactName, children: orDash(model.contactName) },
    { label: L.contactPhone, children: orDash(model.contactPhone) },
    { label: 'Ngày nhập', children: formatDateTime(model.createdAt) },
    { label: 'Cập nhật lần cuối', children: lastChange(model) },
    // Only a model a data package brought here has one: the office it was registered at.
    ...(model.origin ? [{ label: L.origin, children: model.origin, span: 2 }] : []),
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
