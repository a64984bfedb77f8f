import {
  grantCommendation,
  grantCommendations,
  proposeCommendations,
  withdrawCommendation,
} from '../../../shared/domain/commands/commendations';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';

type CommendationChannels =
  | 'commendations.list'
  | 'commendations.ofModel'
  | 'commendations.propose'
  | 'commendations.grant'
  | 'commendations.grantMany'
  | 'commendations.withdraw';

/** "Đề nghị khen thưởng" → "Đã khen thưởng", kept in the model's year file. */
export function commendationService(
  store: DataStore,
  commands: CommandRunner,
): HandlersFor<CommendationChannels> {
  return {
    'commendations.list': async ({ year }) => (await store.yearData(year)).commendations,
    // The model page's card: without loading a 25,000-model year (~1 s) for the few records it shows.
    'commendations.ofModel': ({ year, id }) => store.yearCommendationsOf(year, id),
    'commendations.propose': (input) =>
      commands.run([input.year], (state, ctx) => proposeCommendations(state, input, ctx)),
    'commendations.grant': (input) =>
      commands.run([input.year], (state, ctx) => grantCommendation(state, input, ctx)),
    'commendations.grantMany': (input) =>
      commands.run([input.year], (state, ctx) => grantCommendations(state, input, ctx)),
    'commendations.withdraw': (input) =>
      commands.run([input.year], (state, ctx) => withdrawCommendation(state, input, ctx)),
  };
}
