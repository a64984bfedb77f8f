import type { Unit } from './catalogues';
import type { ModelStatus } from './lifecycle';
import type { Model, ModelKind, RegistrationType } from './model';

/** The choices the model list and "Tổng quan" filter on; an absent choice keeps every model. */
export interface ModelCriteria {
  fieldId?: string;
  unitId?: string;
  unitType?: Unit['type'];
  kind?: ModelKind;
  registration?: RegistrationType;
  status?: ModelStatus;
}

/**
 * One copy of "does this model meet the filter", for the list and the dashboard alike. The dashboard's sums
 * of a field, unit and kind carry no status or registration: its filter never asks for them.
 */
export function modelMatcher(
  criteria: ModelCriteria,
  units: readonly Pick<Unit, 'id' | 'type'>[],
): (
  m: Pick<Model, 'fieldId' | 'unitId' | 'kind'> & Partial<Pick<Model, 'registration' | 'status'>>,
) => boolean {
  const unitType = new Map(units.map((u) => [u.id, u.type]));
  return (m) =>
    (!criteria.fieldId || m.fieldId === criteria.fieldId) &&
    (!criteria.unitId || m.unitId === criteria.unitId) &&
    (!criteria.unitType || unitType.get(m.unitId) === criteria.unitType) &&
    (!criteria.kind || m.kind === criteria.kind) &&
    (!criteria.registration || m.registration === criteria.registration) &&
    (!criteria.status || m.status === criteria.status);
}
