import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { modelRefSchema, type ModelRef } from '../../../shared/domain/model';

/** The model named by the route's `:year/:id`, or null when the address does not name one. */
export function useModelRef(): ModelRef | null {
  const { year, id } = useParams();
  return useMemo(() => modelRefSchema.safeParse({ year: Number(year), id }).data ?? null, [year, id]);
}
