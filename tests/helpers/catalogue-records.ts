import { randomUUID } from 'node:crypto';
import {
  defaultFields,
  defaultIndicators,
  type Catalogues,
  type Member,
  type Unit,
} from '../../shared/domain/catalogues';

const AT = '2023-01-01T00:00:00.000Z';

/** A stored unit ("Xã, thị trấn" unless told), for pure functions that take the catalogues. */
export const unitRecord = (name: string, active = true, type: Unit['type'] = 'Xã, thị trấn'): Unit => ({
  id: randomUUID(),
  name,
  type,
  commune: '',
  active,
  createdAt: AT,
  updatedAt: AT,
});

/** A stored committee member. */
export const memberRecord = (name: string): Member => ({
  id: randomUUID(),
  name,
  position: '',
  active: true,
  createdAt: AT,
  updatedAt: AT,
});

/** The catalogues with these units and members, and the default fields and indicators. */
export function cataloguesOf(units: Unit[], members: Member[] = []): Catalogues {
  return { units, fields: [...defaultFields], indicators: [...defaultIndicators], members };
}
