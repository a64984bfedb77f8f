import { memo } from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import type { OfficeSettings } from '../../../shared/domain/office-settings';
import { kindLabels } from '../../../shared/domain/model';
import { rubricTotal, type Criterion } from '../../../shared/domain/rubric';
import { sheetTotal } from '../../../shared/domain/scoring';
import type { Sheet } from '../../../shared/domain/sheet';
import { formatNumber } from '../../../shared/format/number';
import { PartyHeader } from './PartyHeader';
import { SignatureBlock } from './SignatureBlock';

export interface ScoreSheetProps {
  settings: OfficeSettings;
  /** The round's date, for the date line. */
  date: Date;
  year: number;
  roundName: string;
  model: ModelRow;
  unitName: string;
  fieldName: string;
  criteria: Criterion[];
  /** The member's scores as typed, or null for a blank sheet to score on paper. */
  sheet: Pick<Sheet, 'scores' | 'total'> | null;
  memberName: string;
  /** The last page of the batch: no page break after it. */
  last: boolean;
}

const points = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : formatNumber(value);

/**
 * "Phiếu chấm điểm mô hình “Dân vận khéo”": one model, one member, one page. Plain markup and memoised, since
 * a round's batch is thousands of these.
 */
export const ScoreSheet = memo(function ScoreSheet({
  settings,
  date,
  year,
  roundName,
  model,
  unitName,
  fieldName,
  criteria,
  sheet,
  memberName,
  last,
}: ScoreSheetProps) {
  const total = sheet ? sheetTotal(sheet, criteria.length) : null;
  return (
    <section className={`print-sheet score-sheet${last ? '' : ' page-break'}`}>
      <PartyHeader
        settings={settings}
        date={date}
        kind="PCĐ"
        title="Phiếu chấm điểm"
        subject={
          <>
            <div>Mô hình “Dân vận khéo” năm {year}</div>
            <div className="party-subject-detail">{roundName}</div>
          </>
        }
      />
      <div className="score-sheet-model">
        <div>
          <span className="bold">Tên mô hình: </span>
          {model.title}
        </div>
        <div>
          <span className="bold">Đơn vị: </span>
          {unitName}
        </div>
        <div className="score-sheet-pair">
          <span>
            <span className="bold">Hình thức: </span>
            {kindLabels[model.kind]}
            {model.personName ? ` (${model.personName})` : ''}
          </span>
          <span>
            <span className="bold">Lĩnh vực: </span>
            {fieldName}
          </span>
        </div>
      </div>
      <table className="print-table score-sheet-table">
        <thead>
          <tr>
            <th className="col-number">STT</th>
            <th>Tiêu chí</th>
            <th className="col-points">Điểm tối đa</th>
            <th className="col-points">Điểm chấm</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={c.id}>
              <td className="col-number">{i + 1}</td>
              <td>{c.text}</td>
              <td className="col-points">{formatNumber(c.maxPoints)}</td>
              <td className="col-points">{points(sheet?.scores[i])}</td>
            </tr>
          ))}
          <tr className="total-row">
            <td />
            <td className="bold">Tổng cộng</td>
            <td className="col-points bold">{formatNumber(rubricTotal({ criteria }))}</td>
            <td className="col-points bold">{points(total)}</td>
          </tr>
        </tbody>
      </table>
      <div className="score-sheet-remarks">
        <span className="bold">Nhận xét, đề nghị: </span>
        <span className="dotted-line" />
        <span className="dotted-line" />
      </div>
      <SignatureBlock
        signer={{ lines: ['NGƯỜI CHẤM ĐIỂM'], hint: '(Ký, ghi rõ họ tên)', name: memberName }}
      />
    </section>
  );
});
