import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract/channels';
import { call } from '../client';
import { queryKeys } from '../query-keys';

/** Reading a file changes nothing: a plain mutation, so the preview is kept by the dialog, not the cache. */
export const usePreviewImport = () =>
  useMutation({ mutationFn: (input: InputOf<'imports.preview'>) => call('imports.preview', input) });

/** An import adds models and may add units or fields. */
export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'imports.commit'>) => call('imports.commit', input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.models });
      await client.invalidateQueries({ queryKey: queryKeys.catalogues });
    },
  });
}
