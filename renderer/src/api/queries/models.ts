import {
  keepPreviousData,
  queryOptions,
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/contract/channels';
import type { ModelDetail, ModelFilter } from '../../../../shared/contract/models';
import type { Model, ModelRef } from '../../../../shared/domain/model';
import { call } from '../client';
import { queryKeys } from '../query-keys';

export function useModelList(filter: ModelFilter, enabled = true) {
  return useQuery({
    queryKey: queryKeys.modelList(filter),
    // The answer says which filter it is for: the list narrows it locally while a longer search is typed.
    queryFn: async () => ({ ...(await call('models.list', filter)), filter }),
    // The table keeps showing the last answer while the next search runs, instead of flashing empty.
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTrashList() {
  return useQuery({ queryKey: queryKeys.modelTrash, queryFn: () => call('models.trashList') });
}

/** One model with its links; shared by the detail page and the form that copies last year's model. */
export function modelQuery(ref: ModelRef | null) {
  return queryOptions({
    queryKey: queryKeys.model(ref),
    queryFn: ref ? () => call('models.get', ref) : skipToken,
  });
}

export function useModel(ref: ModelRef | null) {
  return useQuery(modelQuery(ref));
}

/** Any change to a model can move it between lists, the trash and its links: refresh them all. */
function useModelMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.models }),
  });
}

/**
 * Saving the form answers the saved model: its page is patched with it and the form goes on at once ("Đã lưu
 * mô hình.", the model's page), while lists, links and the trash refresh behind it instead of being waited for.
 */
function useModelSave<I>(mutationFn: (input: I) => Promise<Model>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (saved) => {
      client.setQueryData<ModelDetail>(
        queryKeys.model(saved),
        (detail) => detail && { ...detail, model: saved },
      );
      void client.invalidateQueries({ queryKey: queryKeys.models });
    },
  });
}

export const useCreateModel = () =>
  useModelSave((form: InputOf<'models.create'>) => call('models.create', form));
export const useUpdateModel = () =>
  useModelSave((input: InputOf<'models.update'>) => call('models.update', input));
export const useChangeStatus = () =>
  useModelMutation((input: InputOf<'models.changeStatus'>) => call('models.changeStatus', input));
export const useSetOutcomes = () =>
  useModelMutation((input: InputOf<'models.setOutcomes'>) => call('models.setOutcomes', input));
export const useContinueModels = () =>
  useModelMutation((input: InputOf<'models.continue'>) => call('models.continue', input));
export const useTrashModel = () => useModelMutation((ref: ModelRef) => call('models.trash', ref));
export const useRestoreModel = () => useModelMutation((ref: ModelRef) => call('models.restore', ref));
export const useDestroyModel = () => useModelMutation((ref: ModelRef) => call('models.destroy', ref));
export const useAddAttachment = () =>
  useModelMutation((input: InputOf<'attachments.add'>) => call('attachments.add', input));
export const useRemoveAttachment = () =>
  useModelMutation((input: InputOf<'attachments.remove'>) => call('attachments.remove', input));
