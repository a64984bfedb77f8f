import { useMemo } from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import { commendationOrder } from '../../../shared/documents/document-context';
import type { Commendation } from '../../../shared/domain/commendation';
import { useCommendations } from '../api/queries/commendations';
import { useModelList } from '../api/queries/models';

export interface CommendationRow {
  commendation: Commendation;
  model: ModelRow | undefined;
}

export { commendationFormText as formText } from '../../../shared/documents/document-context';

const order = (a: CommendationRow, b: CommendationRow) => commendationOrder(a.commendation, b.commendation);

/** A year's commendations, each with its model's list row, in the order the page and the printed list use. */
export function useCommendationRows(year: number | null) {
  const commendations = useCommendations(year);
  const models = useModelList({ year: year ?? 0 }, year !== null);
  const rows = useMemo(() => {
    const byId = new Map(models.data?.rows.map((m) => [m.id, m]));
    return (commendations.data ?? [])
      .map((commendation) => ({ commendation, model: byId.get(commendation.modelId) }))
      .sort(order);
  }, [commendations.data, models.data]);
  return {
    rows,
    commendations,
    isPending: commendations.isPending || models.isPending,
    error: commendations.error ?? models.error,
  };
}
