import { memo, useCallback, useRef } from 'react';
import type { ModelRow } from '../../../shared/contract/models';
import { kindLabels } from '../../../shared/domain/model';
import type { Round } from '../../../shared/domain/round';
import { rubricTotal, type Criterion, type Rubric } from '../../../shared/domain/rubric';
import { sheetTotal } from '../../../shared/domain/scoring';
import type { Sheet } from '../../../shared/domain/sheet';
import { formatNumber } from '../../../shared/format/number';
import type { CellSave } from '../api/queries/evaluation';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import type { KindGroup } from './round-models';
import { ScoreCell } from './ScoreCell';
import { useRowWindow } from './use-row-window';
import './evaluation.css';

interface GridRowProps {
  model: ModelRow;
  /** The model's number in its table, and its row across the whole grid (for Enter and the arrows). */
  number: number;
  row: number;
  /** Its place among the table's rows for assistive technology, which sees only the drawn ones. */
  rowIndex: number;
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
  rowIndex,
  unitName,
  criteria,
  sheet,
  totalsOnly,
  readOnly,
  commit,
}: GridRowProps) {
  const name = model.title;
  return (
    <tr aria-rowindex={rowIndex}>
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

interface GroupTableProps {
  group: KindGroup;
  rubric: Rubric;
  /** The group's first row in the whole grid. */
  first: number;
  sheets: Map<string, Sheet>;
  totalsOnly: boolean;
  readOnly: boolean;
  commit: GridRowProps['commit'];
}

/** One kind's table, drawing only the rows on screen and the one holding the cursor. */
function GroupTable({ group, rubric, first, sheets, totalsOnly, readOnly, commit }: GroupTableProps) {
  const { unitName } = useCatalogueNames();
  const body = useRef<HTMLTableSectionElement>(null);
  const { models } = group;
  const { segments, rowHeight, keep } = useRowWindow(models.length, body);
  const columns = totalsOnly ? 3 : rubric.criteria.length + 3;
  return (
    <table className="score-table" aria-rowcount={models.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
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
      <tbody
        ref={body}
        onFocus={(event) => keep(Number(event.target.closest('tr')?.getAttribute('aria-rowindex')) - 2)}
        onBlur={() => keep(null)}
      >
        {segments.map((segment) => {
          if ('gap' in segment) {
            return (
              <tr key={segment.key} className="grid-gap" aria-hidden>
                <td colSpan={columns} style={{ height: segment.gap * rowHeight }} />
              </tr>
            );
          }
          const model = models[segment.row]!;
          return (
            <GridRow
              key={model.id}
              model={model}
              number={segment.row + 1}
              row={first + segment.row}
              rowIndex={segment.row + 2}
              unitName={unitName(model.unitId)}
              criteria={rubric.criteria}
              sheet={sheets.get(model.id)}
              totalsOnly={totalsOnly}
              readOnly={readOnly}
              commit={commit}
            />
          );
        })}
      </tbody>
    </table>
  );
}

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
 * totals), one table per kind of model since each kind has its own rubric. Plain inputs, rows that
 * re-render only when their own sheet changes, and only the rows on screen drawn keep 5,000 models × 5
 * criteria quick to type in.
 */
export function ScoreGrid({ round, groups, memberId, sheets, totalsOnly, readOnly, save }: ScoreGridProps) {
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
      {groups.map((group, g) => {
        const rubric = round.rubrics[group.kind];
        return (
          <section key={group.kind} className="score-group">
            <h3 className="score-group-title">
              Mô hình {kindLabels[group.kind].toLocaleLowerCase('vi')} ({formatNumber(group.models.length)}) –{' '}
              {rubric.name}
            </h3>
            <GroupTable
              group={group}
              rubric={rubric}
              first={firstRows[g]!}
              sheets={sheets}
              totalsOnly={totalsOnly}
              readOnly={readOnly}
              commit={commit}
            />
          </section>
        );
      })}
    </div>
  );
}
