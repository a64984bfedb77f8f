import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract/channels';
import type { Catalogues } from '../../../../shared/domain/catalogues';
import { call } from '../client';
import { queryKeys } from '../query-keys';

export function useCatalogues() {
  return useQuery({ queryKey: queryKeys.catalogues, queryFn: () => call('catalogues.get') });
}

/** Catalogue changes answer the whole catalogue, already sorted: it replaces the cache as is. */
function useCatalogueMutation<I>(mutationFn: (input: I) => Promise<Catalogues>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (catalogues) => client.setQueryData(queryKeys.catalogues, catalogues),
  });
}

export function useSaveCatalogueItem() {
  return useCatalogueMutation((input: InputOf<'catalogues.save'>) => call('catalogues.save', input));
}

export function useRemoveCatalogueItem() {
  return useCatalogueMutation((input: InputOf<'catalogues.remove'>) => call('catalogues.remove', input));
}

export function useAddUnits() {
  return useCatalogueMutation((input: InputOf<'catalogues.addUnits'>) => call('catalogues.addUnits', input));
}
