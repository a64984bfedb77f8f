import { useMemo } from 'react';
import { useCatalogues } from '../api/queries/catalogues';

/** Names of units and fields by id, from the cached catalogues; "—" until they load or for a removed id. */
export function useCatalogueNames() {
  const { data } = useCatalogues();
  return useMemo(() => {
    const units = new Map(data?.units.map((u) => [u.id, u.name]));
    const fields = new Map(data?.fields.map((f) => [f.id, f.name]));
    return {
      unitName: (id: string) => units.get(id) ?? '—',
      fieldName: (id: string) => fields.get(id) ?? '—',
    };
  }, [data]);
}
