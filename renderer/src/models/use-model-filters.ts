import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { modelFilterSchema, type ModelFilter } from '../../../shared/contract/models';

/** URL names of the list's filters, in Vietnamese so a copied address reads naturally. */
const params = {
  year: 'nam',
  fieldId: 'linhvuc',
  unitId: 'donvi',
  unitType: 'loaidonvi',
  kind: 'hinhthuc',
  registration: 'loai',
  status: 'trangthai',
  origin: 'donvigui',
  search: 'q',
} as const;
/** The list's page (from 1), kept beside the filters: Back from a model returns to the same page. */
const PAGE = 'trang';
/** The list's order beside it (`sapxep=ten`, `sapxep=ten-giam`): Back returns to the same order too. */
const SORT = 'sapxep';
const DESCENDING = '-giam';
const sortNames = {
  year: 'nam',
  title: 'ten',
  kind: 'hinhthuc',
  unit: 'donvi',
  field: 'linhvuc',
  place: 'diaban',
  origin: 'donvigui',
  status: 'trangthai',
} as const;

/** The list's sortable columns. */
export type SortKey = keyof typeof sortNames;
/** The order the list is shown in, by one column. */
export interface ModelSort {
  key: SortKey;
  order: 'ascend' | 'descend';
}

/** The order an address names; none for an order it does not know (a hand-edited address). */
function readSort(value: string | null): ModelSort | null {
  if (!value) return null;
  const descend = value.endsWith(DESCENDING);
  const name = descend ? value.slice(0, -DESCENDING.length) : value;
  const key = (Object.keys(sortNames) as SortKey[]).find((k) => sortNames[k] === name);
  return key ? { key, order: descend ? 'descend' : 'ascend' } : null;
}
type OptionalKey = Exclude<keyof typeof params, 'year'>;
const optionalKeys = Object.keys(params).filter((k): k is OptionalKey => k !== 'year');

const ALL_YEARS = 'tat-ca';
const shape = modelFilterSchema.shape;

function readFilter(search: URLSearchParams, defaultYear: number): ModelFilter {
  const rawYear = search.get(params.year);
  const year = rawYear === ALL_YEARS ? null : shape.year.safeParse(Number(rawYear)).data;
  const filter: ModelFilter = { year: year === undefined ? defaultYear : year };
  for (const key of optionalKeys) {
    // A hand-edited or outdated address drops the filters it gets wrong instead of failing the page.
    const value = shape[key].safeParse(search.get(params[key]) ?? undefined).data;
    if (value) Object.assign(filter, { [key]: value });
  }
  return filter;
}

/** The address of the list showing `filter` (a figure of the dashboard opens the models behind it). */
export function modelListPath(filter: Partial<ModelFilter>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filter) as [keyof ModelFilter, unknown][]) {
    if (key === 'year') search.set(params.year, value === null ? ALL_YEARS : String(value));
    else if (value !== undefined && value !== '') search.set(params[key], String(value));
  }
  return `/mo-hinh?${search.toString()}`;
}

/**
 * The list's filters, search, page and order, kept in the address (`#/mo-hinh?nam=2023&q=duong&trang=2`): Back from a
 * model returns to the same view, and the view can be bookmarked. Without `nam` the list shows the year in
 * use; any change of filter or search goes back to the first page.
 */
export function useModelFilters(defaultYear: number) {
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => readFilter(search, defaultYear), [search, defaultYear]);
  const page = Math.max(1, Math.trunc(Number(search.get(PAGE))) || 1);
  const sortParam = search.get(SORT);
  const sort = useMemo(() => readSort(sortParam), [sortParam]);

  const update = useCallback(
    (patch: Partial<ModelFilter>) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(PAGE);
          for (const [key, value] of Object.entries(patch) as [keyof ModelFilter, unknown][]) {
            if (key === 'year') next.set(params.year, value === null ? ALL_YEARS : String(value));
            else if (value === undefined || value === '') next.delete(params[key]);
            else next.set(params[key], String(value));
          }
          return next;
        },
        // Each keystroke and choice replaces the entry, so Back leaves the list instead of undoing filters.
        { replace: true },
      ),
    [setSearch],
  );

  const setPage = useCallback(
    (to: number) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          if (to > 1) next.set(PAGE, String(to));
          else next.delete(PAGE);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  // Another order starts again at the first page.
  const setSort = useCallback(
    (to: ModelSort | null) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(PAGE);
          if (to) next.set(SORT, sortNames[to.key] + (to.order === 'descend' ? DESCENDING : ''));
          else next.delete(SORT);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  return { filter, update, page, setPage, sort, setSort };
}
