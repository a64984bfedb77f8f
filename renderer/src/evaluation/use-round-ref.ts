import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { roundRefSchema, type RoundRef } from '../../../shared/contract/evaluation';

/** The round named by the route's `:year/:roundId`, or null when the address does not name one. */
export function useRoundRef(): RoundRef | null {
  const { year, roundId } = useParams();
  return useMemo(
    () => roundRefSchema.safeParse({ year: Number(year), roundId }).data ?? null,
    [year, roundId],
  );
}

/** What a page says when its address names no round (a mistyped or outdated link), or null. */
export function missingRound(ref: RoundRef | null): Error | null {
  return ref ? null : new Error('Địa chỉ không chỉ đến đợt đánh giá nào.');
}
