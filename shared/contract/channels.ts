import { z } from 'zod';
import './zod-locale';
import { errorReportSchema, openedFolderSchema } from './app';
import { printDialogInputSchema, savePdfInputSchema } from './printing';
import { dashboardFilterSchema, dashboardSchema } from '../domain/dashboard';
import { officeSettingsPatchSchema, officeSettingsSchema } from '../domain/office-settings';
import {
  backupFileInputSchema,
  backupFilePreviewSchema,
  backupIdSchema,
  storageStatusSchema,
} from './storage';
import {
  catalogueRemoveSchema,
  catalogueSaveSchema,
  cataloguesSchema,
  unitBatchSchema,
} from '../domain/catalogues';
import { modelFormSchema, modelRefSchema, modelSchema } from '../domain/model';
import {
  attachmentAddSchema,
  attachmentContentSchema,
  attachmentRefSchema,
  continueInputSchema,
  modelDetailSchema,
  modelFilterSchema,
  modelListSchema,
  modelUpdateSchema,
  outcomesInputSchema,
  statusChangeInputSchema,
} from './models';
import { commendationSchema } from '../domain/commendation';
import { roundSchema } from '../domain/round';
import { rubricSaveSchema, rubricSchema } from '../domain/rubric';
import { roundResultsSchema } from '../domain/scoring';
import { sheetSchema } from '../domain/sheet';
import {
  commendationGrantManySchema,
  commendationGrantSchema,
  commendationProposeSchema,
  commendationRefSchema,
  roundCreateSchema,
  roundDecisionSchema,
  roundListItemSchema,
  roundRefSchema,
  roundUpdateSchema,
  setScoreSchema,
  setTotalSchema,
  yearOnlySchema,
} from './evaluation';
import {
  fileOutputSchema,
  importCommitInputSchema,
  importPreviewInputSchema,
  importPreviewSchema,
  importTemplateInputSchema,
} from './imports';
import {
  exchangeCommitInputSchema,
  exchangeExportInputSchema,
  exchangePreviewInputSchema,
  exchangePreviewSchema,
} from './exchange';
import {
  scoreWorkbookCommitSchema,
  scoreWorkbookExportInputSchema,
  scoreWorkbookFileSchema,
  scoreWorkbookInputSchema,
  scoreWorkbookPreviewSchema,
} from './score-workbooks';
import type { ChannelName } from './channel-names';
import {
  builtFileSchema,
  documentBuildInputSchema,
  documentTableInputSchema,
  listDocumentSchema,
} from './documents';
import { fileSaveInputSchema, savedFileSchema } from './files';
import { jobProgressSchema, jobRefSchema } from './jobs';

const noInput = z.undefined({ error: 'Kênh này không nhận dữ liệu vào.' });

/**
 * "Tổng quan"'s filter, the year optional: without one the backend answers for the year in use, so the first
 * screen asks for its figures beside the settings instead of after them (the answer names its year).
 */
const dashboardRequestSchema = dashboardFilterSchema.partial({ year: true });

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
    output: z.object({
      version: z.string(),
      transport: z.enum(['electron', 'http']),
      dataDir: z.string(),
      /** `logs/` in the data folder: "Giới thiệu" shows it, for the clerk who must send the logs. */
      logDir: z.string(),
    }),
  },
  'app.reportError': { input: errorReportSchema, output: z.object({ logged: z.literal(true) }) },
  'app.openLogFolder': { input: noInput, output: openedFolderSchema },
  'app.openDataFolder': { input: noInput, output: openedFolderSchema },
  'settings.get': { input: noInput, output: officeSettingsSchema },
  'settings.update': { input: officeSettingsPatchSchema, output: officeSettingsSchema },
  'storage.status': { input: noInput, output: storageStatusSchema },
  'storage.dismissProblems': { input: noInput, output: storageStatusSchema },
  'backups.create': { input: noInput, output: storageStatusSchema },
  'backups.restore': { input: z.object({ id: backupIdSchema }).strict(), output: storageStatusSchema },
  'storage.exportBackup': { input: noInput, output: builtFileSchema },
  'storage.previewBackupFile': { input: backupFileInputSchema, output: backupFilePreviewSchema },
  'storage.restoreBackupFile': { input: backupFileInputSchema, output: storageStatusSchema },
  'catalogues.get': { input: noInput, output: cataloguesSchema },
  'catalogues.save': { input: catalogueSaveSchema, output: cataloguesSchema },
  'catalogues.remove': { input: catalogueRemoveSchema, output: cataloguesSchema },
  'catalogues.addUnits': { input: unitBatchSchema, output: cataloguesSchema },
  'models.list': { input: modelFilterSchema, output: modelListSchema },
  'models.trashList': { input: noInput, output: modelListSchema },
  'models.get': { input: modelRefSchema, output: modelDetailSchema },
  'models.create': { input: modelFormSchema, output: modelSchema },
  'models.update': { input: modelUpdateSchema, output: modelSchema },
  'models.changeStatus': { input: statusChangeInputSchema, output: modelSchema },
  'models.setOutcomes': { input: outcomesInputSchema, output: modelSchema },
  'models.continue': { input: continueInputSchema, output: z.object({ created: z.array(modelRefSchema) }) },
  'models.trash': { input: modelRefSchema, output: modelSchema },
  'models.restore': { input: modelRefSchema, output: modelSchema },
  'models.destroy': { input: modelRefSchema, output: z.object({ destroyed: z.literal(true) }) },
  'attachments.add': { input: attachmentAddSchema, output: modelSchema },
  'attachments.read': { input: attachmentRefSchema, output: attachmentContentSchema },
  'attachments.open': { input: attachmentRefSchema, output: z.object({ opened: z.literal(true) }) },
  'attachments.remove': { input: attachmentRefSchema, output: modelSchema },
  'demo.load': { input: noInput, output: z.object({ models: z.number(), years: z.array(z.number()) }) },
  'rubrics.list': { input: noInput, output: z.array(rubricSchema) },
  'rubrics.save': { input: rubricSaveSchema, output: z.array(rubricSchema) },
  'rounds.list': { input: yearOnlySchema, output: z.array(roundListItemSchema) },
  'rounds.get': { input: roundRefSchema, output: roundSchema },
  'rounds.create': { input: roundCreateSchema, output: roundSchema },
  'rounds.update': { input: roundUpdateSchema, output: roundSchema },
  'rounds.delete': { input: roundRefSchema, output: z.object({ deleted: z.literal(true) }) },
  'rounds.results': { input: roundRefSchema, output: roundResultsSchema },
  'rounds.finalise': { input: roundDecisionSchema, output: roundSchema },
  'rounds.reopen': { input: roundDecisionSchema, output: roundSchema },
  'sheets.list': { input: roundRefSchema, output: z.array(sheetSchema) },
  'sheets.setScore': { input: setScoreSchema, output: sheetSchema },
  'sheets.setTotal': { input: setTotalSchema, output: sheetSchema },
  'sheets.exportWorkbook': { input: scoreWorkbookExportInputSchema, output: scoreWorkbookFileSchema },
  'sheets.previewWorkbook': { input: scoreWorkbookInputSchema, output: scoreWorkbookPreviewSchema },
  'sheets.commitWorkbook': {
    input: scoreWorkbookCommitSchema,
    output: z.object({ saved: z.number(), refused: z.number() }),
  },
  'commendations.list': { input: yearOnlySchema, output: z.array(commendationSchema) },
  'commendations.ofModel': { input: modelRefSchema, output: z.array(commendationSchema) },
  'commendations.propose': { input: commendationProposeSchema, output: z.array(commendationSchema) },
  'commendations.grant': { input: commendationGrantSchema, output: commendationSchema },
  'commendations.grantMany': { input: commendationGrantManySchema, output: z.array(commendationSchema) },
  'commendations.withdraw': {
    input: commendationRefSchema,
    output: z.object({ withdrawn: z.literal(true) }),
  },
  'dashboard.get': { input: dashboardRequestSchema, output: dashboardSchema },
  'print.dialog': { input: printDialogInputSchema, output: z.object({ printed: z.boolean() }) },
  'print.savePdf': { input: savePdfInputSchema, output: z.object({ path: z.string().nullable() }) },
  'documents.table': { input: documentTableInputSchema, output: listDocumentSchema },
  'documents.build': { input: documentBuildInputSchema, output: builtFileSchema },
  'files.save': { input: fileSaveInputSchema, output: z.object({ path: z.string().nullable() }) },
  'files.open': { input: savedFileSchema, output: z.object({ opened: z.literal(true) }) },
  'files.showInFolder': { input: savedFileSchema, output: z.object({ shown: z.literal(true) }) },
  'imports.template': { input: importTemplateInputSchema, output: fileOutputSchema },
  'imports.preview': { input: importPreviewInputSchema, output: importPreviewSchema },
  'imports.commit': { input: importCommitInputSchema, output: z.object({ created: z.number() }) },
  'exchange.export': { input: exchangeExportInputSchema, output: fileOutputSchema },
  'exchange.preview': { input: exchangePreviewInputSchema, output: exchangePreviewSchema },
  'exchange.commit': { input: exchangeCommitInputSchema, output: z.object({ applied: z.number() }) },
  'jobs.progress': { input: jobRefSchema, output: jobProgressSchema },
  'jobs.cancel': { input: jobRefSchema, output: jobProgressSchema },
} satisfies { [C in ChannelName]: ChannelDef };

export type Contract = typeof contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
/** The input after validation and normalisation, as a service receives it. */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>;
export type { ChannelName };
