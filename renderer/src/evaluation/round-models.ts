import { useMemo } from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import { kindGroups, type KindGroup as KindGroupOf } from '../../../shared/documents/round-summary';
import type { Round } from '../../../shared/domain/round';
import { useCatalogues } from '../api/queries/catalogues';
import { useModelList } from '../api/queries/models';

export type KindGroup = KindGroupOf<ModelRow>;
export { rankedGroups } from '../../../shared/documents/round-summary';

/**
 * The round's models as the grid, the printed sheets and the summary list them: collective ones first, then
 * individual ones (they are scored on different rubrics), each in the round's order. A model moved to the
 * trash since is left out, as the backend leaves it out of the results.
 */
export function useRoundModels(round: Round | undefined) {
  const list = useModelList({ year: round?.year ?? 0 }, round !== undefined);
  const groups = useMemo<KindGroup[]>(() => {
    if (!round || !list.data) return [];
    return kindGroups(round, list.data.rows);
  }, [round, list.data]);
  const models = useMemo(() => groups.flatMap((g) => g.models), [groups]);
  return { groups, models, isPending: list.isPending, error: list.error };
}

/** Committee members' names by id; a member is never deleted while a round uses it. */
export function useMemberNames(): (id: string) => string {
  const { data } = useCatalogues();
  return useMemo(() => {
    const names = new Map(data?.members.map((m) => [m.id, m.name]));
    return (id: string) => names.get(id) ?? '—';
  }, [data]);
}
