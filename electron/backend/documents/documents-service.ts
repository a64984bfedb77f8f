import type { BuiltFile, DocumentFormat, ListKind } from '../../../shared/contract/documents';
import type { ModelFilter, ModelList } from '../../../shared/contract/models';
import { buildAnnualReport } from '../../../shared/documents/annual-report';
import { documentFileName } from '../../../shared/documents/document-file-name';
import type { DocumentContext } from '../../../shared/documents/document-context';
import type { ListDocument } from '../../../shared/documents/list-document';
import {
  buildCommendationList,
  buildModelList,
  buildRecognisedList,
} from '../../../shared/documents/model-lists';
import {
  buildRoundSummary,
  finalisedAverages,
  type RoundWithResults,
} from '../../../shared/documents/round-summary';
import { roundResults } from '../../../shared/domain/scoring';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import { loadDashboard } from '../services/dashboard-service';
import { findRound, roundModels } from '../../../shared/domain/commands/rounds';
import type { YearData } from '../store/data-files';
import type { DataStore } from '../store/data-store';
import { writeAnnualReportDocx, writeListDocx } from './docx-writer';
import { writeListXlsx } from './xlsx-writer';

export interface DocumentsServiceDeps {
  store: DataStore;
  clock: Clock;
  /** `models.list` itself: the exported list is exactly what the list shows under the same filters. */
  listModels: (filter: ModelFilter) => Promise<ModelList> | ModelList;
}

const MIME: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The year's rounds with their results, for the models still in them. */
function roundsWithResults(data: YearData): RoundWithResults[] {
  return data.rounds.map((round) => ({
    round,
    results: roundResults(round, roundModels(round, data), data.sheets).models,
  }));
}

/**
 * "Báo cáo": gathers the records, hands them to the pure builders in shared/documents, and writes the
 * result as Word or Excel bytes. Saving is the window's step (a save dialog, or the browser's download).
 */
export function documentsService({
  store,
  clock,
  listModels,
}: DocumentsServiceDeps): HandlersFor<'documents.table' | 'documents.build'> {
  const context = (): DocumentContext => ({
    settings: store.mainData.settings,
    catalogues: store.mainData.catalogues,
    date: clock(),
  });

  async function listDocument(request: {
    kind: ListKind;
    year: number;
    roundId?: string | undefined;
    filter?: ModelFilter | undefined;
  }): Promise<ListDocument> {
    const { kind, year } = request;
    const ctx = context();
    if (kind === 'models') {
      const filter = request.filter ?? { year };
      return buildModelList(ctx, (await listModels(filter)).rows, filter);
    }
    const data = await store.yearData(year);
    const live = data.models.filter((m) => m.deletedAt === null);
    switch (kind) {
      case 'recognised':
        return buildRecognisedList(ctx, year, live, finalisedAverages(roundsWithResults(data)));
      case 'commendations':
        return buildCommendationList(ctx, year, data.commendations, live);
      case 'round-summary': {
        const round = findRound(data, request.roundId!);
        const models = roundModels(round, data);
        return buildRoundSummary(ctx, round, models, roundResults(round, models, data.sheets).models);
      }
    }
  }

  return {
    'documents.table': (request) => listDocument(request),

    'documents.build': async ({ kind, year, roundId, filter, format, charts }): Promise<BuiltFile> => {
      const margins = store.mainData.settings.margins;
      if (kind === 'annual-report') {
        const data = await store.yearData(year);
        const report = buildAnnualReport({
          ctx: context(),
          year,
          dashboard: await loadDashboard(store, { year }),
          models: data.models.filter((m) => m.deletedAt === null),
          rounds: roundsWithResults(data),
          commendations: data.commendations,
        });
        const bytes = await writeAnnualReportDocx(report, margins, charts ?? []);
        return file(report.fileStem, 'docx', bytes);
      }
      const doc = await listDocument({ kind, year, roundId, filter });
      const bytes = format === 'xlsx' ? await writeListXlsx(doc, margins) : await writeListDocx(doc, margins);
      return file(doc.fileStem, format ?? 'docx', bytes);
    },
  };
}

function file(stem: string, format: DocumentFormat, bytes: Buffer): BuiltFile {
  return {
    fileName: documentFileName(stem, format),
    mimeType: MIME[format],
    dataBase64: bytes.toString('base64'),
  };
}
