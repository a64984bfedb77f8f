import { Alert, Input, Select, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { RoundRef } from '../../../shared/contract/evaluation';
import type { Round } from '../../../shared/domain/round';
import type { RoundResults } from '../../../shared/domain/scoring';
import type { Sheet } from '../../../shared/domain/sheet';
import { formatNumber } from '../../../shared/format/number';
import { foldForSearch, matchesQuery } from '../../../shared/text/fold';
import { useSaveCell } from '../api/queries/evaluation';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { foldedFilter } from '../forms/folded-filter';
import { useMemberNames, type KindGroup } from './round-models';
import { ScoreGrid } from './ScoreGrid';
import './evaluation.css';

const MEMBER_PARAM = 'thanhvien';

interface ScoreEntryPanelProps {
  round: Round;
  groups: KindGroup[];
  sheets: Sheet[];
  results: RoundResults;
}

/** "Nhập điểm": pick the member whose paper sheets are being typed in, then type them in the grid. */
export function ScoreEntryPanel({ round, groups, sheets, results }: ScoreEntryPanelProps) {
  const ref = useMemo<RoundRef>(() => ({ year: round.year, roundId: round.id }), [round.year, round.id]);
  const save = useSaveCell(ref);
  const memberName = useMemberNames();
  const { unitName } = useCatalogueNames();
  const [params, setParams] = useSearchParams();
  const asked = params.get(MEMBER_PARAM);
  const memberId = asked && round.memberIds.includes(asked) ? asked : round.memberIds[0]!;
  const [totalsOnly, setTotalsOnly] = useState(false);
  const [search, setSearch] = useState('');
  const readOnly = round.status === 'finalised';

  const mine = useMemo(
    () => new Map(sheets.filter((s) => s.memberId === memberId).map((s) => [s.modelId, s])),
    [sheets, memberId],
  );
  const done = useMemo(() => {
    const count = new Map(round.memberIds.map((id) => [id, 0]));
    for (const model of results.models) {
      for (const t of model.totals) if (t.total !== null) count.set(t.memberId, count.get(t.memberId)! + 1);
    }
    return count;
  }, [round.memberIds, results]);
  const modelCount = results.models.length;

  // The search narrows the grid to the models a pile of paper sheets is about; folded like the model list's.
  const shown = useMemo(() => {
    const query = foldForSearch(search);
    if (query === '') return groups;
    return groups
      .map((g) => ({
        ...g,
        models: g.models.filter((m) =>
          matchesQuery(foldForSearch(`${m.title} ${unitName(m.unitId)}`), query),
        ),
      }))
      .filter((g) => g.models.length > 0);
  }, [groups, search, unitName]);

  return (
    <>
      {readOnly && (
        <Alert
          type="info"
          showIcon
          className="detail-alert"
          title="Đợt đánh giá đã chốt kết quả: điểm chỉ để xem. Mở lại đợt (ở thẻ “Kết quả”) nếu cần sửa."
        />
      )}
      <div className="list-toolbar entry-toolbar">
        <Select
          aria-label="Thành viên chấm điểm"
          showSearch={{ filterOption: foldedFilter }}
          value={memberId}
          onChange={(id: string) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set(MEMBER_PARAM, id);
                return next;
              },
              { replace: true },
            )
          }
          options={round.memberIds.map((id) => ({
            value: id,
            label: `${memberName(id)} (${formatNumber(done.get(id) ?? 0)}/${formatNumber(modelCount)})`,
          }))}
          style={{ width: 320 }}
        />
        <label className="entry-switch">
          <Switch checked={totalsOnly} onChange={setTotalsOnly} aria-label="Chỉ nhập tổng điểm" />
          Chỉ nhập tổng điểm
        </label>
        <Input.Search
          aria-label="Tìm mô hình trong bảng điểm"
          placeholder="Tìm mô hình, đơn vị…"
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 300 }}
        />
        <Typography.Text strong className="entry-progress" aria-live="polite">
          {memberName(memberId)}: đã nhập {formatNumber(done.get(memberId) ?? 0)}/{formatNumber(modelCount)}{' '}
          phiếu
        </Typography.Text>
      </div>
      <Typography.Paragraph type="secondary" className="entry-help">
        Enter: xuống mô hình kế tiếp · Tab: sang ô bên phải · Shift+Enter hoặc ↑: lên · Esc: bỏ giá trị đang
        gõ. Điểm chấm theo bước 0,5 và được lưu ngay khi rời ô.
      </Typography.Paragraph>
      <ScoreGrid
        // A fresh grid per member and mode: no cell keeps the text typed for another sheet.
        key={`${memberId}-${totalsOnly}`}
        round={round}
        groups={shown}
        memberId={memberId}
        sheets={mine}
        totalsOnly={totalsOnly}
        readOnly={readOnly}
        save={save}
      />
    </>
  );
}
