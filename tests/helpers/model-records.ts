import { randomUUID } from 'node:crypto';
import { blankModelForm, type Model } from '../../shared/domain/model';

const AT = '2023-01-15T02:00:00.000Z';

/** A stored model record with sensible defaults, for pure functions that take records. */
export function modelRecord(change: Partial<Model> & Pick<Model, 'unitId' | 'fieldId'>): Model {
  return {
    id: randomUUID(),
    createdAt: AT,
    updatedAt: AT,
    ...blankModelForm(2023),
    title: 'Mô hình',
    status: 'registered',
    history: [],
    outcomes: { narrative: '', values: {} },
    attachments: [],
    deletedAt: null,
    ...change,
  };
}
