import { Fragment, useMemo } from 'react';
import { statusLabels } from '../../../shared/domain/lifecycle';
import { kindLabels } from '../../../shared/domain/model';
import type { ModelResult } from '../../../shared/domain/scoring';
import { AVERAGE_ROUNDING_NOTE, formatAverage, formatNumber } from '../../../shared/format/number';
import { useRound, useRoundResults } from '../api/queries/evaluation';
import { useSettings } from '../api/queries/settings';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { localDate } from '../evaluation/dates';
import { rankedGroups, useMemberNames, useRoundModels } from '../evaluation/round-models';
import { missingRound, useRoundRef } from '../evaluation/use-round-ref';
import { PartyHeader } from './PartyHeader';
import { pdfFileName } from './pdf-file-name';
import { PrintFrame } from './PrintFrame';
import { officeSigner, SignatureBlock } from './SignatureBlock';

/** Section numbers of the table's groups, as Party documents number them. */
const ROMAN = ['I', 'II'];

/**
 * Millimetres the members' columns share on landscape A4 (252 mm between the default margins, less the
 * other columns and at least 60 mm for the title), each between 10 and 16 mm.
 */
const MEMBERS_MM = 90;
const memberColumnWidth = (members: number) => `${Math.min(16, Math.max(10, MEMBERS_MM / members))}mm`;

/**
 * /in/bang-tong-hop/:year/:roundId: "Bảng tổng hợp kết quả chấm điểm", A4 landscape. Every model of the round
 * with each member's total (a column per member), the average, the rank among its kind and the result; the
 * header row repeats on every page.
 */
export function SummaryPrintPage() {
  const ref = useRoundRef();
  const settings = useSettings();
  const round = useRound(ref);
  const results = useRoundResults(ref);
  const { groups, isPending, error: modelsError } = useRoundModels(round.data);
  const memberName = useMemberNames();
  const { unitName } = useCatalogueNames();

  const sections = useMemo(
    () => (results.data ? rankedGroups(groups, results.data.models) : []),
    [groups, results.data],
  );

  const error = missingRound(ref) ?? settings.error ?? round.error ?? results.error ?? modelsError;
  const r = round.data;
  const s = settings.data;
  const ready = s && r && results.data && !isPending;
  const columns = 6 + (r?.memberIds.length ?? 0);
  const dropped = results.data?.models.some((m) => m.totals.some((t) => t.dropped)) ?? false;

  const total = (result: ModelResult, memberId: string) => {
    const t = result.totals.find((x) => x.memberId === memberId);
    if (!t || t.total === null) return '–';
    return t.dropped ? <s>{formatNumber(t.total)}</s> : formatNumber(t.total);
  };

  return (
    <PrintFrame
      fileName={pdfFileName(`Bảng tổng hợp kết quả chấm điểm - ${r?.name ?? ''}`)}
      landscape
      margins={s?.margins ?? null}
      error={error}
    >
      {ready ? (
        <section className="print-sheet landscape summary-sheet">
          <PartyHeader
            settings={s}
            date={localDate(r.date)}
            kind="BTH"
            title="Bảng tổng hợp kết quả chấm điểm"
            subject={
              <>
                <div>Mô hình “Dân vận khéo” năm {r.year}</div>
                <div className="party-subject-detail">{r.name}</div>
              </>
            }
          />
          <table className="print-table summary-table">
            <thead>
              <tr>
                <th className="col-number">STT</th>
                <th className="col-title">Tên mô hình</th>
                <th className="col-unit">Đơn vị</th>
                {r.memberIds.map((id) => (
                  <th
                    key={id}
                    className="col-member"
                    style={{ width: memberColumnWidth(r.memberIds.length) }}
                  >
                    {memberName(id)}
                  </th>
                ))}
                <th className="col-average">Điểm trung bình</th>
                <th className="col-rank">Xếp hạng</th>
                <th className="col-result">Kết quả</th>
              </tr>
            </thead>
            <tbody>
              {sections.map(({ kind, rows }, g) => (
                <Fragment key={kind}>
                  <tr className="group-row">
                    <td className="col-number bold">{ROMAN[g]}</td>
                    <td className="bold" colSpan={columns - 1}>
                      MÔ HÌNH {kindLabels[kind].toLocaleUpperCase('vi')} ({formatNumber(rows.length)} mô hình)
                    </td>
                  </tr>
                  {rows.map(({ model, result }, i) => (
                    <tr key={model.id}>
                      <td className="col-number">{i + 1}</td>
                      <td>{model.title}</td>
                      <td>{unitName(model.unitId)}</td>
                      {r.memberIds.map((id) => (
                        <td key={id} className="col-member">
                          {total(result, id)}
                        </td>
                      ))}
                      <td className="col-average bold">
                        {result.average === null ? '–' : formatAverage(result.average)}
                      </td>
                      <td className="col-rank">{result.rank ?? '–'}</td>
                      <td className="col-result">
                        {result.classification ? statusLabels[result.classification] : 'Chưa có điểm'}
                      </td>
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
          <div className="summary-notes">
            <div>
              <span className="bold italic">Ghi chú: </span>
              Xếp loại theo điểm trung bình: “{statusLabels.exemplary}” từ{' '}
              {formatNumber(r.thresholds.exemplary)} điểm; “{statusLabels.recognised}” từ{' '}
              {formatNumber(r.thresholds.recognised)} điểm; dưới {formatNumber(r.thresholds.recognised)} điểm
              “{statusLabels.not_recognised}”. Xếp hạng riêng trong từng hình thức (tập thể, cá nhân).
              {dropped &&
                ' Điểm gạch ngang là điểm cao nhất, thấp nhất được loại khi tính điểm trung bình.'}{' '}
              {AVERAGE_ROUNDING_NOTE}
            </div>
          </div>
          <SignatureBlock signer={officeSigner(s)} />
        </section>
      ) : null}
    </PrintFrame>
  );
}
