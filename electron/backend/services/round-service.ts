import {
  createRound,
  deleteRound,
  findRound,
  roundModels,
  updateRound,
} from '../../../shared/domain/commands/rounds';
import { roundResults } from '../../../shared/domain/scoring';
import { vietnameseCollator } from '../../../shared/text/collate';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';

type RoundChannels =
  'rounds.list' | 'rounds.get' | 'rounds.create' | 'rounds.update' | 'rounds.delete' | 'rounds.results';

/** "Đợt đánh giá": rounds of a year file, their settings and their results. */
export function roundService(store: DataStore, commands: CommandRunner): HandlersFor<RoundChannels> {
  return {
    'rounds.list': async ({ year }) => {
      const data = await store.yearData(year);
      return [...data.rounds]
        .sort((a, b) => b.date.localeCompare(a.date) || vietnameseCollator.compare(a.name, b.name))
        .map((round) => ({
          ...round,
          progress: roundResults(round, roundModels(round, data), data.sheets).progress,
        }));
    },

    'rounds.get': async ({ year, roundId }) => findRound(await store.yearData(year), roundId),

    'rounds.create': (input) => commands.run([input.year], (state, ctx) => createRound(state, input, ctx)),

    'rounds.update': (input) => commands.run([input.year], (state, ctx) => updateRound(state, input, ctx)),

    'rounds.delete': (input) => commands.run([input.year], (state) => deleteRound(state, input)),

    'rounds.results': async ({ year, roundId }) => {
      const data = await store.yearData(year);
      const round = findRound(data, roundId);
      return roundResults(round, roundModels(round, data), data.sheets);
    },
  };
}
