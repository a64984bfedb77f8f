import { useMemo } from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import { modelKinds, type ModelKind } from '../../../shared/domain/model';
import type { Round } from '../../../shared/domain/round';
import type { ModelResult } from '../../../shared/domain/scoring';
import { useCatalogues } from '../api/queries/catalogues';
import { useModelList } from '../api/queries/models';

export interface KindGroup {
  kind: ModelKind;
  models: ModelRow[];
}

/**
 * The round's models as the grid, the printed sheets and the summary list them: collective ones first, then
 * individual ones (they are scored on different rubrics), each in the round's order. A model moved to the
 * trash since is left out, as the backend leaves it out of the results.
 */
export function useRoundModels(round: Round | undefined) {
  const list = useModelList({ year: round?.year ?? 0 }, round !== undefined);
  const groups = useMemo<KindGroup[]>(() => {
    if (!round || !list.data) return [];
    const byId = new Map(list.data.rows.map((row) => [row.id, row]));
    const models = round.modelIds.map((id) => byId.get(id)).filter((m): m is ModelRow => m !== undefined);
    return modelKinds
      .map((kind) => ({ kind, models: models.filter((m) => m.kind === kind) }))
      .filter((group) => group.models.length > 0);
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

export interface RankedGroup {
  kind: ModelKind;
  rows: { model: ModelRow; result: ModelResult }[];
}

/**
 * The results of each kind's models, best first (ranks are per kind); models without an average yet come
 * last, in the round's order. The results screen and the printed summary list them so.
 */
export function rankedGroups(groups: KindGroup[], results: ModelResult[]): RankedGroup[] {
  const byModel = new Map(results.map((r) => [r.modelId, r]));
  return groups.map((g) => ({
    kind: g.kind,
    rows: g.models
      .filter((model) => byModel.has(model.id))
      .map((model) => ({ model, result: byModel.get(model.id)! }))
      .sort((a, b) => (a.result.rank ?? Infinity) - (b.result.rank ?? Infinity)),
  }));
}
