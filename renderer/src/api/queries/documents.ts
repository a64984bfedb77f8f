import { skipToken, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract/channels';
import { call } from '../client';

/**
 * A list as the document model the Word and Excel files are written from, for its print view. Every record
 * moves its rows, so it is asked again on each visit rather than kept.
 */
export function useDocumentTable(request: InputOf<'documents.table'> | null) {
  return useQuery({
    queryKey: ['documents', 'table', request],
    queryFn: request === null ? skipToken : () => call('documents.table', request),
    staleTime: 0,
  });
}
