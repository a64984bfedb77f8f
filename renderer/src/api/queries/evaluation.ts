import { skipToken, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { InputOf } from '../../../../shared/contract/channels';
import type { RoundRef, SetScoreInput, SetTotalInput } from '../../../../shared/contract/evaluation';
import type { Sheet } from '../../../../shared/domain/sheet';
import { call } from '../client';
import { queryKeys } from '../query-keys';

export function useRubrics() {
  return useQuery({ queryKey: queryKeys.rubrics, queryFn: () => call('rubrics.list') });
}

/** A save answers every rubric: it replaces the cache as is. */
export function useSaveRubric() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'rubrics.save'>) => call('rubrics.save', input),
    onSuccess: (rubrics) => client.setQueryData(queryKeys.rubrics, rubrics),
  });
}

export function useRounds(year: number | null) {
  return useQuery({
    queryKey: queryKeys.roundList(year ?? 0),
    queryFn: year === null ? skipToken : () => call('rounds.list', { year }),
  });
}

export function useRound(ref: RoundRef | null) {
  return useQuery({
    queryKey: ref ? queryKeys.round(ref) : ['rounds', 'detail', null],
    queryFn: ref ? () => call('rounds.get', ref) : skipToken,
  });
}

export function useRoundResults(ref: RoundRef | null) {
  return useQuery({
    queryKey: ref ? queryKeys.roundResults(ref) : ['rounds', 'results', null],
    queryFn: ref ? () => call('rounds.results', ref) : skipToken,
  });
}

/** Every member's sheets of the round: the grid shows one member's, the results and prints all of them. */
export function useSheets(ref: RoundRef | null) {
  return useQuery({
    queryKey: ref ? queryKeys.sheets(ref) : ['rounds', 'sheets', null],
    queryFn: ref ? () => call('sheets.list', ref) : skipToken,
    // A saved cell replaces its one sheet and keeps the others as they are (useSaveCell): comparing 35,000
    // sheets for what did not change would cost more than the grid's redraw.
    structuralSharing: false,
  });
}

/**
 * A round's settings or decision reach its list, its results and, once finalised or reopened, the models'
 * statuses and what can be commended: refresh all of those.
 */
async function refreshAfterRoundChange(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.rounds }),
    client.invalidateQueries({ queryKey: queryKeys.models }),
    client.invalidateQueries({ queryKey: queryKeys.commendations }),
  ]);
}

function useRoundMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => refreshAfterRoundChange(client) });
}

export const useCreateRound = () =>
  useRoundMutation((input: InputOf<'rounds.create'>) => call('rounds.create', input));
export const useUpdateRound = () =>
  useRoundMutation((input: InputOf<'rounds.update'>) => call('rounds.update', input));
export const useDeleteRound = () => useRoundMutation((ref: RoundRef) => call('rounds.delete', ref));
export const useFinaliseRound = () =>
  useRoundMutation((input: InputOf<'rounds.finalise'>) => call('rounds.finalise', input));
export const useReopenRound = () =>
  useRoundMutation((input: InputOf<'rounds.reopen'>) => call('rounds.reopen', input));

/** One cell of the grid: a criterion's score, or the sheet's total when only totals are typed. */
export type CellSave =
  | { kind: 'score'; cell: Omit<SetScoreInput, 'year' | 'roundId'> }
  | { kind: 'total'; cell: Omit<SetTotalInput, 'year' | 'roundId'> };

/**
 * Saves one cell of the grid and puts the answered sheet into the cache. Saves go one after the other, in
 * the order they were typed: two quick changes of the same cell must reach the disk in that order, and each
 * answer then carries every earlier change, so the latest answer is always the whole truth.
 */
export function useSaveCell(ref: RoundRef) {
  const client = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (save: CellSave): Promise<Sheet> => {
      const send = async () => {
        const saved =
          save.kind === 'score'
            ? await call('sheets.setScore', { ...ref, ...save.cell })
            : await call('sheets.setTotal', { ...ref, ...save.cell });
        client.setQueryData<Sheet[]>(queryKeys.sheets(ref), (sheets = []) =>
          sheets.some((s) => s.id === saved.id)
            ? sheets.map((s) => (s.id === saved.id ? saved : s))
            : [...sheets, saved],
        );
        // Only queries on screen refetch; the others are marked out of date for when they are shown.
        void client.invalidateQueries({ queryKey: queryKeys.roundResults(ref) });
        void client.invalidateQueries({ queryKey: queryKeys.roundList(ref.year) });
        return saved;
      };
      const result = queue.current.then(send, send);
      queue.current = result.catch(() => undefined);
      return result;
    },
    [client, ref],
  );
}
