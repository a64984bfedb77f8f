import type { Backend } from '../../electron/backend/backend';
import type { Catalogues } from '../../shared/domain/catalogues';
import { blankModelForm, type Model, type ModelFormInput } from '../../shared/domain/model';
import { ok } from './backend';

/** A unit and the default fields, ready for registering models. */
export async function withUnit(
  backend: Backend,
  name = 'Xã Chu Hương',
): Promise<{ unitId: string; fieldId: string; catalogues: Catalogues }> {
  const catalogues = await ok(backend, 'catalogues.save', {
    kind: 'units',
    item: { name, type: 'Xã, thị trấn', commune: name, active: true },
  });
  return {
    unitId: catalogues.units.find((u) => u.name === name)!.id,
    fieldId: catalogues.fields[0]!.id,
    catalogues,
  };
}

export function modelForm(
  ids: { unitId: string; fieldId: string },
  change: Partial<ModelFormInput> = {},
): ModelFormInput {
  return {
    ...blankModelForm(2023),
    title: 'Vận động nhân dân hiến đất làm đường giao thông nông thôn',
    unitId: ids.unitId,
    fieldId: ids.fieldId,
    commune: 'Xã Chu Hương',
    hamlet: 'Thôn Bản Xả',
    startDate: '2023-02-01',
    endDate: '2023-12-31',
    contactPhone: '0209 3871234',
    ...change,
  };
}

export async function register(
  backend: Backend,
  ids: { unitId: string; fieldId: string },
  change: Partial<ModelFormInput> = {},
): Promise<Model> {
  return ok(backend, 'models.create', modelForm(ids, change));
}
