import { findRound } from '../../../shared/domain/commands/rounds';
import { setScore, setTotal } from '../../../shared/domain/commands/sheets';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';

/**
 * "Phiếu chấm điểm": each cell is saved as it is typed, so a long scoring session loses nothing when the
 * machine stops. A sheet is made on its first cell.
 */
export function sheetService(
  store: DataStore,
  commands: CommandRunner,
): HandlersFor<'sheets.list' | 'sheets.setScore' | 'sheets.setTotal'> {
  return {
    'sheets.list': async ({ year, roundId }) => {
      const data = await store.yearData(year);
      findRound(data, roundId);
      return data.sheets.filter((s) => s.roundId === roundId);
    },
    'sheets.setScore': (input) => commands.run([input.year], (state, ctx) => setScore(state, input, ctx)),
    'sheets.setTotal': (input) => commands.run([input.year], (state, ctx) => setTotal(state, input, ctx)),
  };
}
