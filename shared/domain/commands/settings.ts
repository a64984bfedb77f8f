import type { OfficeSettings, OfficeSettingsPatch } from '../office-settings';
import type { OfficeState, Outcome } from './command';

/** "Cài đặt cơ quan": what the patch names changes, margins one by one. */
export function updateSettings(state: OfficeState, patch: OfficeSettingsPatch): Outcome<OfficeSettings> {
  const { settings } = state.main;
  const { margins, ...rest } = patch;
  const next = { ...settings, ...rest, margins: { ...settings.margins, ...margins } } as OfficeSettings;
  return { main: { ...state.main, settings: next }, result: next };
}
