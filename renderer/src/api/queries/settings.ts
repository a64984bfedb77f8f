import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract/channels';
import { call } from '../client';
import { queryKeys } from '../query-keys';

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app.info'), staleTime: Infinity });
}

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings.get') });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: InputOf<'settings.update'>) => call('settings.update', patch),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.settings, saved);
      void client.invalidateQueries({ queryKey: queryKeys.storage });
    },
  });
}

export function useStorageStatus() {
  return useQuery({ queryKey: queryKeys.storage, queryFn: () => call('storage.status') });
}

/** Storage actions answer the new status; a restore also replaces every other cached answer. */
export function useStorageAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'restore'; id: string } | { kind: 'backup' } | { kind: 'dismiss' }) =>
      action.kind === 'restore'
        ? call('backups.restore', { id: action.id })
        : action.kind === 'backup'
          ? call('backups.create')
          : call('storage.dismissProblems'),
    onSuccess: async (status, action) => {
      if (action.kind === 'restore') await client.invalidateQueries();
      client.setQueryData(queryKeys.storage, status);
    },
  });
}

/** Demo data touches catalogues, every year and the backups: nothing cached survives it. */
export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('demo.load'),
    onSuccess: () => client.invalidateQueries(),
  });
}
