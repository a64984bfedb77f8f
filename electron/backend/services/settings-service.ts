import { updateSettings } from '../../../shared/domain/commands/settings';
import type { DataStore } from '../store/data-store';
import type { HandlersFor } from '../handlers';
import type { CommandRunner } from './command-runner';

export function settingsService(
  store: DataStore,
  commands: CommandRunner,
): HandlersFor<'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => store.mainData.settings,
    'settings.update': (patch) => commands.run([], (state) => updateSettings(state, patch)),
  };
}
