import { z } from 'zod';
import './zod-locale';
import { officeSettingsPatchSchema, officeSettingsSchema } from '../domain/office-settings';
import { backupIdSchema, storageStatusSchema } from './storage';
import type { ChannelName } from './channel-names';

const noInput = z.undefined({ error: 'Kênh này không nhận dữ liệu vào.' });

interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * Every channel between the renderer and the backend, named `area.verb`.
 * Input schemas are checked by the backend on every call; output schemas document and type the answer.
 */
export const contract = {
  'app.info': {
    input: noInput,
    output: z.object({ version: z.string(), transport: z.enum(['electron', 'http']), dataDir: z.string() }),
  },
  'settings.get': { input: noInput, output: officeSettingsSchema },
  'settings.update': { input: officeSettingsPatchSchema, output: officeSettingsSchema },
  'storage.status': { input: noInput, output: storageStatusSchema },
  'storage.dismissProblems': { input: noInput, output: storageStatusSchema },
  'backups.create': { input: noInput, output: storageStatusSchema },
  'backups.restore': { input: z.object({ id: backupIdSchema }).strict(), output: storageStatusSchema },
} satisfies { [C in ChannelName]: ChannelDef };

export type Contract = typeof contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
/** The input after validation and normalisation, as a service receives it. */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>;
export type { ChannelName };
