import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract/channels';
import { ApiError } from '../api-error';
import { call } from '../client';
import { queryKeys } from '../query-keys';

export function useCommendations(year: number | null) {
  return useQuery({
    queryKey: queryKeys.commendationList(year ?? 0),
    queryFn: year === null ? skipToken : () => call('commendations.list', { year }),
  });
}

/** One model's commendations, for its page: answered without loading the whole year. */
export function useModelCommendations(year: number, id: string) {
  return useQuery({
    queryKey: queryKeys.modelCommendations(year, id),
    queryFn: () => call('commendations.ofModel', { year, id }),
  });
}

/**
 * A proposal or decision changes what a round's results offer to propose, the dashboard's counts, and a
 * decision or withdrawal the model's history.
 */
function useCommendationMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    // Also after a refusal other than a field's: it is most often about a change made meanwhile (a proposal
    // withdrawn or decided), which the list should then show.
    onSettled: (_data, error) =>
      error instanceof ApiError && error.code === 'VALIDATION'
        ? undefined
        : Promise.all([
            client.invalidateQueries({ queryKey: queryKeys.commendations }),
            client.invalidateQueries({ queryKey: queryKeys.models }),
          ]),
  });
}

export const useProposeCommendations = () =>
  useCommendationMutation((input: InputOf<'commendations.propose'>) => call('commendations.propose', input));
export const useGrantCommendation = () =>
  useCommendationMutation((input: InputOf<'commendations.grant'>) => call('commendations.grant', input));
export const useGrantCommendations = () =>
  useCommendationMutation((input: InputOf<'commendations.grantMany'>) =>
    call('commendations.grantMany', input),
  );
export const useWithdrawCommendation = () =>
  useCommendationMutation((input: InputOf<'commendations.withdraw'>) =>
    call('commendations.withdraw', input),
  );
