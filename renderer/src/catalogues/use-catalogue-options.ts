import { useMemo } from 'react';
import { useCatalogues } from '../api/queries/catalogues';

export interface NamedOption {
  value: string;
  label: string;
}

/**
 * Units or fields to choose from: the active ones, plus `keep` (a record's current choice) even when it has
 * been deactivated since, so editing an old model does not blank it out.
 */
export function useCatalogueOptions(kind: 'units' | 'fields', keep?: string | null): NamedOption[] {
  const { data } = useCatalogues();
  return useMemo(
    () =>
      (data?.[kind] ?? [])
        .filter((item) => item.active || item.id === keep)
        .map((item) => ({ value: item.id, label: item.active ? item.name : `${item.name} (ngừng sử dụng)` })),
    [data, kind, keep],
  );
}
