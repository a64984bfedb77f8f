import { Select, Space } from 'antd';
import type { ModelFilter } from '../../../shared/contract/models';
import { unitTypes } from '../../../shared/domain/catalogues';
import { statusLabels, modelStatuses } from '../../../shared/domain/lifecycle';
import { kindLabels, modelKinds, registrationLabels, registrationTypes } from '../../../shared/domain/model';
import { MIN_YEAR } from '../../../shared/domain/office-settings';
import { useCatalogues } from '../api/queries/catalogues';
import { foldedFilter } from '../forms/folded-filter';

const ALL_YEARS = 'all';

/** The list's filters: one Select each, empty meaning all. */
export function ModelFilterBar({
  filter,
  yearInUse,
  onChange,
}: {
  filter: ModelFilter;
  yearInUse: number;
  onChange: (patch: Partial<ModelFilter>) => void;
}) {
  const catalogues = useCatalogues();
  const years = Array.from({ length: yearInUse + 2 - MIN_YEAR }, (_, i) => yearInUse + 1 - i);
  // Old models keep pointing to deactivated units and fields, so the filters offer them all.
  const named = (items: { id: string; name: string }[] | undefined) =>
    (items ?? []).map((item) => ({ value: item.id, label: item.name }));

  return (
    <Space wrap className="filter-bar">
      <Select
        aria-label="Lọc theo năm"
        value={filter.year ?? ALL_YEARS}
        onChange={(value: number | typeof ALL_YEARS) =>
          onChange({ year: value === ALL_YEARS ? null : value })
        }
        options={[
          { value: ALL_YEARS, label: 'Tất cả các năm' },
          ...years.map((y) => ({ value: y, label: `Năm ${y}` })),
        ]}
        style={{ width: 160 }}
      />
      <Select
        aria-label="Lọc theo lĩnh vực"
        placeholder="Tất cả lĩnh vực"
        allowClear
        value={filter.fieldId}
        onChange={(fieldId?: string) => onChange({ fieldId })}
        options={named(catalogues.data?.fields)}
        style={{ width: 170 }}
      />
      <Select
        aria-label="Lọc theo đơn vị"
        placeholder="Tất cả đơn vị"
        allowClear
        showSearch={{ filterOption: foldedFilter }}
        value={filter.unitId}
        onChange={(unitId?: string) => onChange({ unitId })}
        options={named(catalogues.data?.units)}
        style={{ width: 200 }}
        popupMatchSelectWidth={320}
      />
      <Select
        aria-label="Lọc theo loại đơn vị"
        placeholder="Mọi loại đơn vị"
        allowClear
        value={filter.unitType}
        onChange={(unitType?: ModelFilter['unitType']) => onChange({ unitType })}
        options={unitTypes.map((t) => ({ value: t, label: t }))}
        style={{ width: 200 }}
        popupMatchSelectWidth={280}
      />
      <Select
        aria-label="Lọc theo hình thức"
        placeholder="Mọi hình thức"
        allowClear
        value={filter.kind}
        onChange={(kind?: ModelFilter['kind']) => onChange({ kind })}
        options={modelKinds.map((value) => ({ value, label: kindLabels[value] }))}
        style={{ width: 160 }}
      />
      <Select
        aria-label="Lọc theo loại đăng ký"
        placeholder="Mọi loại đăng ký"
        allowClear
        value={filter.registration}
        onChange={(registration?: ModelFilter['registration']) => onChange({ registration })}
        options={registrationTypes.map((value) => ({ value, label: registrationLabels[value] }))}
        style={{ width: 170 }}
      />
      <Select
        aria-label="Lọc theo trạng thái"
        placeholder="Mọi trạng thái"
        allowClear
        value={filter.status}
        onChange={(status?: ModelFilter['status']) => onChange({ status })}
        options={modelStatuses.map((value) => ({ value, label: statusLabels[value] }))}
        style={{ width: 160 }}
      />
    </Space>
  );
}
