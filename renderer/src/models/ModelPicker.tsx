import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { ModelLink } from '../../../shared/contract/models';
import type { ModelRef } from '../../../shared/domain/model';
import { useModelList } from '../api/queries/models';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { useDebounced } from '../forms/use-debounced';

/** Enough to pick from; typing narrows a year's thousands of models down to these. */
const MAX_OPTIONS = 100;

interface ModelPickerProps {
  /** Set by Form.Item. */
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Whose models to search; null searches every year. */
  year: number | null;
  /** The model currently linked, named even before any search. */
  current?: ModelLink | null;
  /** The editing model itself, which cannot link to itself. */
  excludeId?: string;
  onPick?: (ref: ModelRef) => void;
  placeholder: string;
}

/** A Select searching models on the backend (diacritics ignored there), for the links between models. */
export function ModelPicker({
  id,
  value,
  onChange,
  year,
  current,
  excludeId,
  onPick,
  placeholder,
}: ModelPickerProps) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<ModelLink | null>(current ?? null);
  const { unitName } = useCatalogueNames();
  const debouncedSearch = useDebounced(setSearch, 200);
  // Every year together can be 25,000 models: wait for a word to search before asking for them.
  const waitingForWord = year === null && search === '';
  const list = useModelList({ year, ...(search ? { search } : {}) }, open && !waitingForWord);

  const options = useMemo(() => {
    const label = (m: ModelLink & { unitId?: string }) =>
      `${m.title}${m.unitId ? ` – ${unitName(m.unitId)}` : ''} (${m.year})`;
    const rows = (list.data?.rows ?? []).filter((r) => r.id !== excludeId).slice(0, MAX_OPTIONS);
    const option = (m: ModelLink & { unitId?: string }) => ({
      value: m.id,
      label: label(m),
      link: { year: m.year, id: m.id, title: m.title },
    });
    const found = rows.map(option);
    // The chosen model stays named when a later search no longer lists it.
    if (picked && picked.id === value && !found.some((o) => o.value === picked.id))
      found.unshift(option(picked));
    return found;
  }, [list.data, excludeId, picked, value, unitName]);

  return (
    <Select
      id={id}
      value={value ?? undefined}
      placeholder={placeholder}
      allowClear
      showSearch={{ filterOption: false, onSearch: debouncedSearch }}
      onOpenChange={setOpen}
      loading={list.isFetching}
      options={options}
      notFoundContent={
        waitingForWord
          ? 'Gõ tên mô hình để tìm.'
          : list.isFetching
            ? 'Đang tìm…'
            : 'Không tìm thấy mô hình nào.'
      }
      onChange={(next: string | undefined, option) => {
        const chosen = Array.isArray(option) ? undefined : option;
        if (chosen?.link) {
          setPicked(chosen.link);
          onPick?.({ year: chosen.link.year, id: chosen.link.id });
        }
        onChange?.(next ?? null);
      }}
    />
  );
}
