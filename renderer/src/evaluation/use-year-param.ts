import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { yearSchema } from '../../../shared/domain/office-settings';
import { useSettings } from '../api/queries/settings';

/**
 * The year a page shows, kept in the address (`?nam=2023`) so Back returns to it; without one, the year in
 * use from the settings. Null until the settings are loaded.
 */
export function useYearParam(): [number | null, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const settings = useSettings();
  const asked = yearSchema.safeParse(Number(params.get('nam'))).data;
  const year = asked ?? settings.data?.yearInUse ?? null;
  const setYear = useCallback(
    (next: number) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('nam', String(next));
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [year, setYear];
}
