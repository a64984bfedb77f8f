import { z } from 'zod';
import { cataloguesSchema } from './catalogues';
import { commendationSchema } from './commendation';
import { modelSchema } from './model';
import { officeSettingsSchema } from './office-settings';
import { roundSchema } from './round';
import { rubricSchema } from './rubric';
import { sheetSchema } from './sheet';

/**
 * The office's data as the commands see it: one record for the office (settings, catalogues, rubrics) and
 * one per year. The store keeps each in a file (`office.json`, `years/2023.json`) with these shapes.
 */
export const mainDataSchema = z.object({
  schemaVersion: z.number(),
  settings: officeSettingsSchema,
  catalogues: cataloguesSchema,
  /** "Bộ tiêu chí": edited like a catalogue, copied into each round when it is created. */
  rubrics: z.array(rubricSchema),
});
export type MainData = z.infer<typeof mainDataSchema>;

export const yearDataSchema = z.object({
  schemaVersion: z.number(),
  year: z.number().int(),
  models: z.array(modelSchema),
  rounds: z.array(roundSchema),
  sheets: z.array(sheetSchema),
  commendations: z.array(commendationSchema),
});
export type YearData = z.infer<typeof yearDataSchema>;
