import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { dashboardFilterSchema, type DashboardFilter } from '../../../shared/domain/dashboard';
import { kindLabels } from '../../../shared/domain/model';

/** URL names of the dashboard's filters, in Vietnamese like the model list's (`#/?nam=2023&linhvuc=…`). */
const params = { year: 'nam', fieldId: 'linhvuc', unitType: 'loaidonvi', kind: 'hinhthuc' } as const;
const shape = dashboardFilterSchema.shape;

export function readDashboardFilter(search: URLSearchParams, defaultYear: number): DashboardFilter {
  // A hand-edited or outdated address drops what it gets wrong instead of failing the page.
  const filter: DashboardFilter = {
    year: shape.year.safeParse(Number(search.get(params.year))).data ?? defaultYear,
  };
  const fieldId = shape.fieldId.safeParse(search.get(params.fieldId) ?? undefined).data;
  const unitType = shape.unitType.safeParse(search.get(params.unitType) ?? undefined).data;
  const kind = shape.kind.safeParse(search.get(params.kind) ?? undefined).data;
  return { ...filter, ...(fieldId && { fieldId }), ...(unitType && { unitType }), ...(kind && { kind }) };
}

/** The filters beside the year, as a query string ("?linhvuc=…"), for the print view's address. */
export function narrowingSearch(filter: DashboardFilter): string {
  const search = new URLSearchParams();
  if (filter.fieldId) search.set(params.fieldId, filter.fieldId);
  if (filter.unitType) search.set(params.unitType, filter.unitType);
  if (filter.kind) search.set(params.kind, filter.kind);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The dashboard's filters, kept in the address so Back from the models it opened returns to the same view. */
export function useDashboardFilter(defaultYear: number) {
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => readDashboardFilter(search, defaultYear), [search, defaultYear]);
  const update = useCallback(
    (patch: Partial<DashboardFilter>) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch) as [keyof DashboardFilter, unknown][]) {
            if (value === undefined) next.delete(params[key]);
            else next.set(params[key], String(value));
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { filter, update };
}

/** The filters beside the year in words, for captions and the printout: "Lĩnh vực: Kinh tế; Hình thức: Cá nhân". */
export function narrowingText(filter: DashboardFilter, fieldName: (id: string) => string): string {
  return [
    filter.fieldId && `Lĩnh vực: ${fieldName(filter.fieldId)}`,
    filter.unitType && `Loại đơn vị: ${filter.unitType}`,
    filter.kind && `Hình thức: ${kindLabels[filter.kind]}`,
  ]
    .filter(Boolean)
    .join('; ');
}
