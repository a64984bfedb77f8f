import { canTransition, type ModelStatus } from './lifecycle';

/**
 * The status changes that give a model the result of a round: none when it already has it, one when the
 * lifecycle allows it directly ("Đang thực hiện" → "Công nhận"), or two through "Đang thực hiện" when a model
 * evaluated in an earlier round of the year is evaluated again ("Không công nhận" → "Tiêu biểu"). Null for a
 * model dropped in the yearly review ("Dừng thực hiện"): the staff restart it first, deliberately.
 */
export function resultSteps(from: ModelStatus, to: ModelStatus): ModelStatus[] | null {
  if (from === to) return [];
  if (from === 'stopped') return null;
  if (canTransition(from, to)) return [to];
  if (canTransition(from, 'in_progress') && canTransition('in_progress', to)) return ['in_progress', to];
  return null;
}
