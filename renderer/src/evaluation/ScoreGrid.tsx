import { memo, useCallback } from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import { kindLabels } from '../../../shared/domain/model';
import type { Round } from '../../../shared/domain/round';
import { rubricTotal, type Criterion } from '../../../shared/domain/rubric';
import { sheetTotal } from '../../../shared/domain/scoring';
import type { Sheet } from '../../../shared/domain/sheet';
import { formatNumber } from '../../../shared/format/number';
import type { CellSave } from '../api/queries/evaluation';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import type { KindGroup } from './round-models';
import { ScoreCell } from './ScoreCell';
import './evaluation.css';

interface GridRowProps {
  model: ModelRow;
  /** The model's number in its table, and its row across the whole grid (for Enter and the arrows). */
  number: number;
  row: number;
  unitName: string;
  criteria: Criterion[];
  sheet: Sheet | undefined;
  totalsOnly: boolean;
  readOnly: boolean;
  commit: (modelId: string, col: number, value: number | null) => Promise<unknown>;
}

/** What the row's last column says: the sheet's total, how far it is, or that a total was typed directly. */
function RowTotal({ sheet, criteria }: { sheet: Sheet | undefined; criteria: Criterion[] }) {
  if (!sheet) return <td className="grid-total" />;
  const total = sheetTotal(sheet, criteria.length);
  if (sheet.total !== null) {
    return (
      <td
        className="grid-total"
        title="Phiếu này dùng tổng điểm nhập trực tiếp (chế độ “Chỉ nhập tổng điểm”)."
      >
        <strong>{formatNumber(sheet.total)}</strong>
        <span className="grid-total-note">tổng nhập</span>
      </td>
    );
  }
  if (total !== null) {
    return (
      <td className="grid-total">
        <strong>{formatNumber(total)}</strong>
      </td>
    );
  }
  const partial = sheet.scores.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const scored = sheet.scores.filter((v) => v !== null).length;
  return (
    <td className="grid-total grid-total-partial" title="Chưa chấm đủ các tiêu chí.">
      {formatNumber(partial)}
      <span className="grid-total-note">
        {scored}/{criteria.length} tiêu chí
      </span>
    </td>
  );
}

const GridRow = memo(function GridRow({
  model,
  number,
  row,
  unitName,
  criteria,
  sheet,
  totalsOnly,
  readOnly,
  commit,
}: GridRowProps) {
  const name = model.title;
  return (
    <tr>
      <td className="grid-number">{number}</td>
      <th scope="row" className="grid-model">
        <div className="grid-title">{name}</div>
        <div className="grid-unit">
          {unitName}
          {model.personName ? ` · ${model.personName}` : ''}
        </div>
      </th>
      {totalsOnly ? (
        <ScoreCell
          value={sheet?.total ?? null}
          max={rubricTotal({ criteria })}
          label="Tổng điểm"
          ariaLabel={`${name}: tổng điểm`}
          row={row}
          col={0}
          modelId={model.id}
          readOnly={readOnly}
          commit={commit}
        />
      ) : (
        <>
          {criteria.map((criterion, i) => (
            <ScoreCell
              key={criterion.id}
              value={sheet?.scores[i] ?? null}
              max={criterion.maxPoints}
              label={`Tiêu chí ${i + 1}`}
              ariaLabel={`${name}: tiêu chí ${i + 1}`}
              row={row}
              col={i}
              modelId={model.id}
              readOnly={readOnly}
              commit={commit}
            />
          ))}
          <RowTotal sheet={sheet} criteria={criteria} />
        </>
      )}
    </tr>
  );
});

export interface ScoreGridProps {
  round: Round;
  groups: KindGroup[];
  memberId: string;
  /** This member's sheets by model. */
  sheets: Map<string, Sheet>;
  totalsOnly: boolean;
  readOnly: boolean;
  save: (save: CellSave) => Promise<unknown>;
}

/**
 * "Nhập điểm": one member's sheets as a grid, a row per model and a column per criterion (or one column of
 * totals), one table per kind of model since each kind has its own rubric. Plain inputs and rows that
 * re-render only when their own sheet changes keep 300 models × 5 criteria quick to type in.
 */
export function ScoreGrid({ round, groups, memberId, sheets, totalsOnly, readOnly, save }: ScoreGridProps) {
  const { unitName } = useCatalogueNames();
  const commit = useCallback(
    (modelId: string, col: number, value: number | null) =>
      save(
        totalsOnly
          ? { kind: 'total', cell: { memberId, modelId, value } }
          : { kind: 'score', cell: { memberId, modelId, criterionIndex: col, value } },
      ),
    [save, memberId, totalsOnly],
  );

  // Each table's first row in the whole grid: Enter goes on from the last collective model to the first individual one.
  const firstRows = groups.map((_, g) => groups.slice(0, g).reduce((n, group) => n + group.models.length, 0));
  return (
    <div className="score-grid">
      {groups.map(({ kind, models }, g) => {
        const rubric = round.rubrics[kind];
        const first = firstRows[g]!;
        return (
          <section key={kind} className="score-group">
            <h3 className="score-group-title">
              Mô hình {kindLabels[kind].toLocaleLowerCase('vi')} ({formatNumber(models.length)}) –{' '}
              {rubric.name}
            </h3>
            <table className="score-table">
              <thead>
                <tr>
                  <th className="grid-number">STT</th>
                  <th className="grid-model">Tên mô hình</th>
                  {totalsOnly ? (
                    <th className="grid-criterion">
                      <div className="grid-criterion-text">Tổng điểm</div>
                      <div className="grid-criterion-max">tối đa {formatNumber(rubricTotal(rubric))}</div>
                    </th>
                  ) : (
                    <>
                      {rubric.criteria.map((c, i) => (
                        <th key={c.id} className="grid-criterion" title={`${i + 1}. ${c.text}`}>
                          <div className="grid-criterion-text">
                            {i + 1}. {c.text}
                          </div>
                          <div className="grid-criterion-max">tối đa {formatNumber(c.maxPoints)}</div>
                        </th>
                      ))}
                      <th className="grid-total">Tổng</th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody>
                {models.map((model, i) => (
                  <GridRow
                    key={model.id}
                    model={model}
                    number={i + 1}
                    row={first + i}
                    unitName={unitName(model.unitId)}
                    criteria={rubric.criteria}
                    sheet={sheets.get(model.id)}
                    totalsOnly={totalsOnly}
                    readOnly={readOnly}
                    commit={commit}
                  />
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
