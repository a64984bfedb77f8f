import type { ModelFilter } from '../../../shared/contract/models';
import type { DashboardFilter } from '../../../shared/domain/dashboard';
import type { RoundRef } from '../../../shared/contract/evaluation';
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
  dashboard: (filter: DashboardFilter) => ['dashboard', filter] as const,
  rubrics: ['rubrics'] as const,
  /** Every round query starts with this: finalising or reopening refreshes lists, rounds and results. */
  rounds: ['rounds'] as const,
  roundList: (year: number) => ['rounds', 'list', year] as const,
  round: (ref: RoundRef) => ['rounds', 'detail', ref.year, ref.roundId] as const,
  roundResults: (ref: RoundRef) => ['rounds', 'results', ref.year, ref.roundId] as const,
  sheets: (ref: RoundRef) => ['rounds', 'sheets', ref.year, ref.roundId] as const,
  commendations: ['commendations'] as const,
  commendationList: (year: number) => ['commendations', 'list', year] as const,
  modelCommendations: (year: number, id: string) => ['commendations', 'model', year, id] as const,
};
