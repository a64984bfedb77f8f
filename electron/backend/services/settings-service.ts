import type { OfficeSettings, OfficeSettingsPatch } from '../../../shared/domain/office-settings';
import type { DataStore } from '../store/data-store';
import type { HandlersFor } from '../handlers';

export function settingsService(store: DataStore): HandlersFor<'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => store.mainData.settings,
    'settings.update': async (patch) => {
      const saved = await store.updateMain((data) => ({
        ...data,
        settings: applyPatch(data.settings, patch),
      }));
      return saved.settings;
    },
  };
}

function applyPatch(settings: OfficeSettings, patch: OfficeSettingsPatch): OfficeSettings {
  const { margins, ...rest } = patch;
  return { ...settings, ...rest, margins: { ...settings.margins, ...margins } } as OfficeSettings;
}
