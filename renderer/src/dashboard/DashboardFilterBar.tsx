import { Select, Space } from 'antd';
import { unitTypes } from '../../../shared/domain/catalogues';
import type { DashboardFilter } from '../../../shared/domain/dashboard';
import { kindLabels, modelKinds } from '../../../shared/domain/model';
import { useCatalogues } from '../api/queries/catalogues';
import { useDashboard } from '../api/queries/dashboard';

/**
 * The year and the optional filters of "Tổng quan". The years offered are those with models (the trend of
 * the unfiltered dashboard, usually already cached), the year in use and the one shown.
 */
export function DashboardFilterBar({
  filter,
  yearInUse,
  onChange,
}: {
  filter: DashboardFilter;
  yearInUse: number;
  onChange: (patch: Partial<DashboardFilter>) => void;
}) {
  const catalogues = useCatalogues();
  const overall = useDashboard({ year: yearInUse });
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
      <Select
        aria-label="Lọc theo lĩnh vực"
        placeholder="Tất cả lĩnh vực"
        allowClear
        value={filter.fieldId}
        onChange={(fieldId?: string) => onChange({ fieldId })}
        options={(catalogues.data?.fields ?? []).map((f) => ({ value: f.id, label: f.name }))}
        style={{ width: 220 }}
      />
      <Select
        aria-label="Lọc theo loại đơn vị"
        placeholder="Mọi loại đơn vị"
        allowClear
        value={filter.unitType}
        onChange={(unitType?: DashboardFilter['unitType']) => onChange({ unitType })}
        options={unitTypes.map((value) => ({ value, label: value }))}
        style={{ width: 250 }}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label="Lọc theo hình thức"
        placeholder="Mọi hình thức"
        allowClear
        value={filter.kind}
        onChange={(kind?: DashboardFilter['kind']) => onChange({ kind })}
        options={modelKinds.map((value) => ({ value, label: kindLabels[value] }))}
        style={{ width: 150 }}
      />
    </Space>
  );
}
