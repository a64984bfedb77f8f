import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { ModelRow } from '../../../shared/contract/models';
import type { Sheet } from '../../../shared/domain/sheet';
import { formatNumber } from '../../../shared/format/number';
import { useRound, useSheets } from '../api/queries/evaluation';
import { useSettings } from '../api/queries/settings';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { localDate } from '../evaluation/dates';
import type { SheetPrintMode } from '../evaluation/paths';
import { useMemberNames, useRoundModels } from '../evaluation/round-models';
import { useRoundRef } from '../evaluation/use-round-ref';
import { pdfFileName } from './pdf-file-name';
import { PrintFrame } from './PrintFrame';
import { ScoreSheet } from './ScoreSheet';
import { useProgressiveCount } from './use-progressive-count';

/** Pages added per step: enough to finish 2,100 pages in a few seconds, few enough to keep each step short. */
const STEP = 60;

/** A member's sheet not typed in yet prints with empty cells. */
const NOT_ENTERED: Pick<Sheet, 'scores' | 'total'> = { scores: [], total: null };

interface Page {
  key: string;
  memberId: string;
  model: ModelRow;
  sheet: Pick<Sheet, 'scores' | 'total'> | null;
}

/**
 * /in/phieu-cham-diem/:year/:roundId/:mode[?thanhvien=…]: the round's "Phiếu chấm điểm", blank ("trang") or
 * with the scores typed in ("da-cham"), for one member or every member. Each member's sheets come together,
 * in the grid's order, so a member's pile matches what is typed in later.
 */
export function ScoreSheetsPrintPage() {
  const ref = useRoundRef();
  const asked = useParams().mode;
  const mode: SheetPrintMode | null = asked === 'trang' || asked === 'da-cham' ? asked : null;
  const memberParam = useSearchParams()[0].get('thanhvien');
  const filled = mode === 'da-cham';
  const settings = useSettings();
  const round = useRound(ref);
  const roundModels = useRoundModels(round.data);
  const sheets = useSheets(filled ? ref : null);
  const memberName = useMemberNames();
  const { unitName, fieldName } = useCatalogueNames();

  const pages = useMemo<Page[] | null>(() => {
    if (!round.data || roundModels.isPending || (filled && !sheets.data)) return null;
    const members = round.data.memberIds.filter((id) => !memberParam || id === memberParam);
    const entered = new Map(sheets.data?.map((s) => [`${s.memberId}/${s.modelId}`, s]));
    return members.flatMap((memberId) =>
      roundModels.models.map((model) => {
        const key = `${memberId}/${model.id}`;
        return { key, memberId, model, sheet: filled ? (entered.get(key) ?? NOT_ENTERED) : null };
      }),
    );
  }, [round.data, roundModels.isPending, roundModels.models, filled, sheets.data, memberParam]);
  const total = pages?.length ?? 0;
  const count = useProgressiveCount(total, STEP);
  const date = useMemo(() => (round.data ? localDate(round.data.date) : null), [round.data]);

  const wrongAddress = !ref || !mode ? new Error('Địa chỉ không chỉ đến phiếu chấm điểm nào.') : null;
  const error = wrongAddress ?? settings.error ?? round.error ?? roundModels.error ?? sheets.error;
  const r = round.data;
  const title = `Phiếu chấm điểm${filled ? ' đã chấm' : ''} - ${r?.name ?? ''}${memberParam ? ` - ${memberName(memberParam)}` : ''}`;

  return (
    <PrintFrame
      fileName={pdfFileName(title)}
      margins={settings.data?.margins ?? null}
      error={error}
      ready={count >= total}
      status={
        pages &&
        (count < total
          ? `Đang chuẩn bị trang ${formatNumber(count)}/${formatNumber(total)}…`
          : `${formatNumber(total)} trang`)
      }
    >
      {settings.data && r && date && pages
        ? pages
            .slice(0, count)
            .map((page, i) => (
              <ScoreSheet
                key={page.key}
                settings={settings.data}
                date={date}
                year={r.year}
                roundName={r.name}
                model={page.model}
                unitName={unitName(page.model.unitId)}
                fieldName={fieldName(page.model.fieldId)}
                criteria={r.rubrics[page.model.kind].criteria}
                sheet={page.sheet}
                memberName={memberName(page.memberId)}
                last={i === total - 1}
              />
            ))
        : null}
    </PrintFrame>
  );
}
