import { Typography } from 'antd';
import { useMemo, useState, type Key } from 'react';
import type { ModelFilter, ModelRow } from '../../../shared/contract/models';
import { formatNumber } from '../../../shared/format/number';
import { useModelList } from '../api/queries/models';
import { ModelFilterBar } from '../models/ModelFilterBar';
import { ModelSearchBox } from '../models/ModelSearchBox';
import { ModelTable } from '../models/ModelTable';
import type { ModelSort } from '../models/use-model-filters';

interface ModelsChooserProps {
  /** Set by Form.Item: the chosen models' ids. */
  value?: string[];
  onChange?: (ids: string[]) => void;
  year: number;
  yearInUse: number;
  /** The filter bar's year is the round's year: choosing another one there changes the round's. */
  onYearChange?: (year: number) => void;
}

/**
 * The round's models, picked in the model list's own table with its filters and search. A ticked model stays
 * chosen while the filters hide it, so the staff can pick from several units one after the other.
 */
export function ModelsChooser({ value = [], onChange, year, yearInUse, onYearChange }: ModelsChooserProps) {
  const [filter, setFilter] = useState<Omit<ModelFilter, 'year'>>({});
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<ModelSort | null>(null);
  // Another filter, search or order starts again at the first page.
  const changeFilter = (patch: Omit<ModelFilter, 'year'>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const list = useModelList({ ...filter, year });
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);

  const select = (keys: Key[]) => {
    const shown = new Set(rows.map((r) => r.id));
    // The table keeps ticks it does not show (other pages) in `keys`, so hidden ones may come twice: once each.
    onChange?.([...new Set([...value.filter((id) => !shown.has(id)), ...keys.map(String)])]);
  };
  const toggle = (row: ModelRow) =>
    onChange?.(value.includes(row.id) ? value.filter((id) => id !== row.id) : [...value, row.id]);

  return (
    <div className="models-chooser">
      <div className="list-toolbar">
        <ModelSearchBox search={filter.search ?? ''} onSearch={(search) => changeFilter({ search })} />
      </div>
      <ModelFilterBar
        filter={{ ...filter, year }}
        yearInUse={yearInUse}
        origins={list.data?.origins ?? []}
        onChange={({ year: picked, ...patch }) => {
          if (picked) onYearChange?.(picked);
          changeFilter(patch);
        }}
      />
      <Typography.Paragraph className="list-count" aria-live="polite">
        Đã chọn {formatNumber(value.length)} mô hình · đang hiện {formatNumber(rows.length)} mô hình
      </Typography.Paragraph>
      <ModelTable
        rows={rows}
        loading={list.isPending}
        showOrigin={(list.data?.origins.length ?? 0) > 0}
        selected={value}
        onSelect={select}
        onOpen={toggle}
        page={page}
        onPage={setPage}
        sort={sort}
        onSort={(to) => {
          setSort(to);
          setPage(1);
        }}
      />
    </div>
  );
}
