import { Select, Space } from 'antd';
import type { DashboardFilter } from '../../../shared/domain/dashboard';
import { useCatalogues } from '../api/queries/catalogues';
import { useDashboard } from '../api/queries/dashboard';
import { FieldFilter, KindFilter, UnitTypeFilter } from '../forms/filter-selects';

/**
 * The year and the optional filters of "Tổng quan". The years offered are those with models (the trend of
 * the unfiltered dashboard, usually already cached), the year in use and the one shown.
 */
export function DashboardFilterBar({
  filter,
  yearInUse,
  ready,
  onChange,
}: {
  filter: DashboardFilter;
  yearInUse: number;
  /** The settings have arrived: until then `yearInUse` is only the calendar year, not worth asking about. */
  ready: boolean;
  onChange: (patch: Partial<DashboardFilter>) => void;
}) {
  const catalogues = useCatalogues();
  const overall = useDashboard({ year: yearInUse }, ready);
  const years = [
    ...new Set([...(overall.data?.trend.map((t) => t.year) ?? []), yearInUse, filter.year]),
  ].sort((a, b) => b - a);

  return (
    <Space wrap className="filter-bar">
      <Select
        aria-label="Năm"
        value={filter.year}
        onChange={(year: number) => onChange({ year })}
        options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
        style={{ width: 130 }}
      />
      <FieldFilter
        catalogues={catalogues.data}
        value={filter.fieldId}
        onChange={(fieldId) => onChange({ fieldId })}
        width={220}
      />
      <UnitTypeFilter value={filter.unitType} onChange={(unitType) => onChange({ unitType })} width={250} />
      <KindFilter value={filter.kind} onChange={(kind) => onChange({ kind })} width={150} />
    </Space>
  );
}
