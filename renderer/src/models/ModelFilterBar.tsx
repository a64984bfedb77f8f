import { Select, Space } from 'antd';
import { memo } from 'react';
import type { ModelFilter } from '../../../shared/contract/models';
import { MIN_YEAR } from '../../../shared/domain/office-settings';
import { useCatalogues } from '../api/queries/catalogues';
import {
  FieldFilter,
  KindFilter,
  OriginFilter,
  RegistrationFilter,
  StatusFilter,
  UnitFilter,
  UnitTypeFilter,
} from '../forms/filter-selects';

const ALL_YEARS = 'all';

/**
 * The list's filters: one Select each, empty meaning all. "Đơn vị gửi" only where some model came in a data
 * package (`origins`), or while an address still asks for one. Drawn again only when its props change.
 */
export const ModelFilterBar = memo(function ModelFilterBar({
  filter,
  yearInUse,
  origins,
  onChange,
}: {
  filter: ModelFilter;
  yearInUse: number;
  origins: readonly string[];
  onChange: (patch: Partial<ModelFilter>) => void;
}) {
  const catalogues = useCatalogues();
  const years = Array.from({ length: yearInUse + 2 - MIN_YEAR }, (_, i) => yearInUse + 1 - i);

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
      <FieldFilter
        catalogues={catalogues.data}
        value={filter.fieldId}
        onChange={(fieldId) => onChange({ fieldId })}
        width={170}
      />
      <UnitFilter
        catalogues={catalogues.data}
        value={filter.unitId}
        onChange={(unitId) => onChange({ unitId })}
        width={200}
      />
      <UnitTypeFilter value={filter.unitType} onChange={(unitType) => onChange({ unitType })} width={200} />
      <KindFilter value={filter.kind} onChange={(kind) => onChange({ kind })} width={160} />
      <RegistrationFilter
        value={filter.registration}
        onChange={(registration) => onChange({ registration })}
        width={170}
      />
      <StatusFilter value={filter.status} onChange={(status) => onChange({ status })} width={160} />
      {(origins.length > 0 || filter.origin) && (
        <OriginFilter
          origins={origins}
          value={filter.origin}
          onChange={(origin) => onChange({ origin })}
          width={200}
        />
      )}
    </Space>
  );
});
