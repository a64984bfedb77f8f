import { finaliseRound, reopenRound } from '../../../shared/domain/commands/rounds';
import type { HandlersFor } from '../handlers';
import type { CommandRunner } from './command-runner';

/**
 * "Chốt kết quả" and "Mở lại": the round's decision reaches the models' statuses, the round and every model
 * it touches saved together or not at all.
 */
export function roundClosingService(
  commands: CommandRunner,
): HandlersFor<'rounds.finalise' | 'rounds.reopen'> {
  return {
    'rounds.finalise': (input) =>
      commands.run([input.year], (state, ctx) => finaliseRound(state, input, ctx)),
    'rounds.reopen': (input) => commands.run([input.year], (state, ctx) => reopenRound(state, input, ctx)),
  };
}
