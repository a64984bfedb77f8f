import type { ModelFilter } from '../../../shared/contract/models';
import type { ModelRef } from '../../../shared/domain/model';

/** Query keys by area, so a save invalidates exactly what it changed. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  settings: ['settings'] as const,
  storage: ['storage'] as const,
  catalogues: ['catalogues'] as const,
  /** Every model query starts with this, so one invalidation refreshes lists, details and the trash. */
  models: ['models'] as const,
  modelList: (filter: ModelFilter) => ['models', 'list', filter] as const,
  modelTrash: ['models', 'trash'] as const,
  model: (ref: ModelRef | null) => ['models', 'detail', ref?.year, ref?.id] as const,
};
