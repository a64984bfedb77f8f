import { saveRubric } from '../../../shared/domain/commands/rubrics';
import type { HandlersFor } from '../handlers';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';

/** "Bộ tiêu chí": kept in office.json beside the catalogues. */
export function rubricService(
  store: DataStore,
  commands: CommandRunner,
): HandlersFor<'rubrics.list' | 'rubrics.save'> {
  return {
    'rubrics.list': () => store.mainData.rubrics,
    'rubrics.save': (save) => commands.run([], (state, ctx) => saveRubric(state, save, ctx)),
  };
}
