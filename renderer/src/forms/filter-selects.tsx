import { Select } from 'antd';
import { unitTypes, type Catalogues } from '../../../shared/domain/catalogues';
import { modelStatuses, statusLabels, type ModelStatus } from '../../../shared/domain/lifecycle';
import {
  kindLabels,
  modelKinds,
  registrationLabels,
  registrationTypes,
  type ModelKind,
  type RegistrationType,
} from '../../../shared/domain/model';
import { foldedFilter } from './folded-filter';

type UnitType = (typeof unitTypes)[number];

interface FilterProps<T> {
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  width?: number;
}

/**
 * One optional filter: cleared means "all". Its accessible name says what it filters ("Lọc theo …"), since the
 * placeholder disappears once a value is chosen.
 */
function OptionalSelect<T extends string>({
  label,
  placeholder,
  options,
  value,
  onChange,
  width,
  searchable = false,
}: FilterProps<T> & {
  label: string;
  placeholder: string;
  options: { value: T; label: string }[];
  searchable?: boolean;
}) {
  return (
    <Select<T>
      aria-label={label}
      placeholder={placeholder}
      allowClear
      showSearch={searchable ? { filterOption: foldedFilter } : undefined}
      value={value}
      onChange={(next?: T) => onChange(next)}
      options={options}
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
}

// Old models keep pointing to deactivated units and fields, so the filters offer them all.
const named = (items: { id: string; name: string }[] | undefined) =>
  (items ?? []).map((item) => ({ value: item.id, label: item.name }));

export function FieldFilter({
  catalogues,
  ...props
}: FilterProps<string> & { catalogues: Catalogues | undefined }) {
  return (
    <OptionalSelect
      label="Lọc theo lĩnh vực"
      placeholder="Tất cả lĩnh vực"
      options={named(catalogues?.fields)}
      {...props}
    />
  );
}

export function UnitFilter({
  catalogues,
  ...props
}: FilterProps<string> & { catalogues: Catalogues | undefined }) {
  return (
    <OptionalSelect
      label="Lọc theo đơn vị"
      placeholder="Tất cả đơn vị"
      options={named(catalogues?.units)}
      searchable
      {...props}
    />
  );
}

export function UnitTypeFilter(props: FilterProps<UnitType>) {
  return (
    <OptionalSelect
      label="Lọc theo loại đơn vị"
      placeholder="Mọi loại đơn vị"
      options={unitTypes.map((value) => ({ value, label: value }))}
      {...props}
    />
  );
}

export function KindFilter(props: FilterProps<ModelKind>) {
  return (
    <OptionalSelect
      label="Lọc theo hình thức"
      placeholder="Mọi hình thức"
      options={modelKinds.map((value) => ({ value, label: kindLabels[value] }))}
      {...props}
    />
  );
}

export function RegistrationFilter(props: FilterProps<RegistrationType>) {
  return (
    <OptionalSelect
      label="Lọc theo loại đăng ký"
      placeholder="Mọi loại đăng ký"
      options={registrationTypes.map((value) => ({ value, label: registrationLabels[value] }))}
      {...props}
    />
  );
}

export function StatusFilter(props: FilterProps<ModelStatus>) {
  return (
    <OptionalSelect
      label="Lọc theo trạng thái"
      placeholder="Mọi trạng thái"
      options={modelStatuses.map((value) => ({ value, label: statusLabels[value] }))}
      {...props}
    />
  );
}

/** "Đơn vị gửi": the offices whose data packages brought models here. */
export function OriginFilter({ origins, ...props }: FilterProps<string> & { origins: readonly string[] }) {
  return (
    <OptionalSelect
      label="Lọc theo đơn vị gửi"
      placeholder="Tất cả đơn vị gửi"
      options={origins.map((origin) => ({ value: origin, label: origin }))}
      searchable
      {...props}
    />
  );
}
