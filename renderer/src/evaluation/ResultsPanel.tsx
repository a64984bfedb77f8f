import { LockOutlined, TrophyOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type Key } from 'react';
import { Link } from 'react-router-dom';
import type { ModelRow } from '../../../shared/contract/models';
import {
  commendationStatusLabels,
  isCommendable,
  type Commendation,
} from '../../../shared/domain/commendation';
import { statusLabels } from '../../../shared/domain/lifecycle';
import { kindLabels } from '../../../shared/domain/model';
import type { Round } from '../../../shared/domain/round';
import {
  DISAGREEMENT_POINTS,
  classifications,
  type ModelResult,
  type RoundResults,
} from '../../../shared/domain/scoring';
import { formatAverage, formatNumber } from '../../../shared/format/number';
import { useCatalogueNames } from '../catalogues/use-catalogue-names';
import { ProposeModal } from '../commendations/ProposeModal';
import { modelPath } from '../models/paths';
import { StatusTag } from '../models/status-tag';
import { rankedGroups, useMemberNames, type KindGroup } from './round-models';
import { RoundDecisionModal } from './RoundDecisionModal';
import './evaluation.css';

interface ResultRow {
  model: ModelRow;
  result: ModelResult;
  /** Members whose total is `DISAGREEMENT_POINTS` or more from the average. */
  disagreeing: Set<string>;
  commendation: Commendation | undefined;
}

/** Up to this many missing sheets of a member are named in the flags. */
const FEW_MISSING = 3;

/** A list that stops after `limit` lines and says how many more there are. */
function Capped({ lines, limit = 8 }: { lines: string[]; limit?: number }) {
  return (
    <ul className="flag-list">
      {lines.slice(0, limit).map((line) => (
        <li key={line}>{line}</li>
      ))}
      {lines.length > limit && <li>… và {formatNumber(lines.length - limit)} trường hợp khác.</li>}
    </ul>
  );
}

/** What the committee should look at before finalising: sheets not complete, and totals far from the rest. */
function FlagsAlert({ results, titles }: { results: RoundResults; titles: Map<string, string> }) {
  const memberName = useMemberNames();
  const { missing, disagreements } = results.flags;
  if (missing.length === 0 && disagreements.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        className="detail-alert"
        title="Đã đủ phiếu chấm điểm, không có điểm chênh lệch lớn."
      />
    );
  }
  const missingByMember = new Map<string, string[]>();
  for (const m of missing) {
    missingByMember.set(m.memberId, [
      ...(missingByMember.get(m.memberId) ?? []),
      titles.get(m.modelId) ?? '—',
    ]);
  }
  return (
    <Alert
      type="warning"
      showIcon
      className="detail-alert results-flags"
      title="Cần xem lại trước khi chốt kết quả"
      description={
        <>
          {missing.length > 0 && (
            <>
              <Typography.Text strong>
                Còn thiếu {formatNumber(missing.length)} phiếu chấm điểm:
              </Typography.Text>
              <Capped
                lines={[...missingByMember].map(
                  ([memberId, models]) =>
                    // A few missing sheets are named so they can be found; many are only counted.
                    `${memberName(memberId)}: ${formatNumber(models.length)} phiếu` +
                    (models.length <= FEW_MISSING ? ` (${models.join('; ')})` : ''),
                )}
              />
            </>
          )}
          {disagreements.length > 0 && (
            <>
              <Typography.Text strong>
                {formatNumber(disagreements.length)} điểm chênh lệch từ {DISAGREEMENT_POINTS} điểm trở lên so
                với điểm trung bình:
              </Typography.Text>
              <Capped
                lines={disagreements.map(
                  (d) =>
                    `“${titles.get(d.modelId) ?? '—'}”: ${memberName(d.memberId)} chấm ${formatNumber(d.total)} điểm (trung bình ${formatAverage(d.average)})`,
                )}
              />
            </>
          )}
        </>
      }
    />
  );
}

function totalCell(row: ResultRow, memberId: string) {
  const t = row.result.totals.find((x) => x.memberId === memberId);
  if (!t || t.total === null) return <span className="result-missing">Thiếu</span>;
  const text = formatNumber(t.total);
  const far = row.disagreeing.has(memberId);
  return (
    <span
      className={far ? 'result-disagree' : undefined}
      title={
        [
          t.dropped ? 'Loại khi tính điểm trung bình' : '',
          far ? `Chênh lệch từ ${DISAGREEMENT_POINTS} điểm trở lên` : '',
        ]
          .filter(Boolean)
          .join('; ') || undefined
      }
    >
      {t.dropped ? <s>{text}</s> : text}
    </span>
  );
}

interface ResultsPanelProps {
  round: Round;
  groups: KindGroup[];
  results: RoundResults;
  commendations: Commendation[];
}

/**
 * "Kết quả": per model each member's total (struck through when left out of the average), the average, the
 * rank among models of its kind and the classification; the flags; finalising, reopening, and proposing
 * recognised models for a commendation.
 */
export function ResultsPanel({ round, groups, results, commendations }: ResultsPanelProps) {
  const memberName = useMemberNames();
  const { unitName } = useCatalogueNames();
  const [decision, setDecision] = useState<'finalise' | 'reopen' | null>(null);
  const [selected, setSelected] = useState<Key[]>([]);
  const [proposing, setProposing] = useState(false);
  const finalised = round.status === 'finalised';

  const { tables, titles } = useMemo(() => {
    const commended = new Map(commendations.map((c) => [c.modelId, c]));
    const disagreeing = new Map<string, Set<string>>();
    for (const d of results.flags.disagreements) {
      disagreeing.set(d.modelId, (disagreeing.get(d.modelId) ?? new Set()).add(d.memberId));
    }
    return {
      titles: new Map(groups.flatMap((g) => g.models.map((m) => [m.id, m.title]))),
      tables: rankedGroups(groups, results.models).map(({ kind, rows }) => ({
        kind,
        rows: rows.map((row): ResultRow => ({
          ...row,
          disagreeing: disagreeing.get(row.model.id) ?? new Set<string>(),
          commendation: commended.get(row.model.id),
        })),
      })),
    };
  }, [groups, results, commendations]);

  // Narrow enough for seven members at 1366 px: the unit sits under the title, commendations beside the result.
  const columns: ColumnsType<ResultRow> = [
    { title: 'Xếp hạng', key: 'rank', width: 72, align: 'center', render: (_, r) => r.result.rank ?? '—' },
    {
      title: 'Tên mô hình, đơn vị',
      key: 'title',
      render: (_, r) => (
        <>
          <Link to={modelPath(r.model)}>{r.model.title}</Link>
          <div className="grid-unit">{unitName(r.model.unitId)}</div>
        </>
      ),
    },
    ...round.memberIds.map((memberId) => ({
      title: memberName(memberId),
      key: memberId,
      width: 76,
      align: 'center' as const,
      render: (_: unknown, r: ResultRow) => totalCell(r, memberId),
    })),
    {
      title: 'Điểm trung bình',
      key: 'average',
      width: 92,
      align: 'center',
      render: (_, r) =>
        r.result.average === null ? '—' : <strong>{formatAverage(r.result.average)}</strong>,
    },
    {
      title: 'Kết quả',
      key: 'classification',
      width: 150,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          {r.result.classification ? <StatusTag status={r.result.classification} /> : <Tag>Chưa có điểm</Tag>}
          {r.commendation && (
            <Tag color={r.commendation.status === 'granted' ? 'magenta' : 'purple'}>
              {commendationStatusLabels[r.commendation.status]}
            </Tag>
          )}
        </Space>
      ),
    },
  ];

  const counts = classifications.map(
    (c) => `${statusLabels[c]}: ${formatNumber(results.models.filter((m) => m.classification === c).length)}`,
  );
  const unscored = results.models.filter((m) => m.classification === null).length;
  const proposable = tables.flatMap((t) => t.rows).filter((r) => selected.includes(r.model.id));

  return (
    <>
      {!finalised && <FlagsAlert results={results} titles={titles} />}
      <div className="list-toolbar results-toolbar">
        {finalised ? (
          <>
            <Button icon={<UnlockOutlined />} onClick={() => setDecision('reopen')}>
              Mở lại đợt
            </Button>
            <Button
              type="primary"
              icon={<TrophyOutlined />}
              disabled={proposable.length === 0}
              onClick={() => setProposing(true)}
            >
              Đề nghị khen thưởng{proposable.length > 0 ? ` (${formatNumber(proposable.length)})` : ''}
            </Button>
          </>
        ) : (
          <Button type="primary" icon={<LockOutlined />} onClick={() => setDecision('finalise')}>
            Chốt kết quả
          </Button>
        )}
        <Typography.Text className="results-counts">
          {counts.join(' · ')}
          {unscored > 0 ? ` · Chưa có điểm: ${formatNumber(unscored)}` : ''}
        </Typography.Text>
      </div>
      {finalised && (
        <Typography.Paragraph type="secondary">
          Chọn các mô hình “{statusLabels.recognised}” hoặc “{statusLabels.exemplary}” để đề nghị khen thưởng.
        </Typography.Paragraph>
      )}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {tables.map(({ kind, rows }) => (
          <section key={kind}>
            <h3 className="score-group-title">
              Mô hình {kindLabels[kind].toLocaleLowerCase('vi')} – {round.rubrics[kind].name}
            </h3>
            <Table<ResultRow>
              size="small"
              rowKey={(r) => r.model.id}
              columns={columns}
              dataSource={rows}
              pagination={false}
              tableLayout="fixed"
              className="results-table"
              rowSelection={
                finalised
                  ? {
                      selectedRowKeys: selected,
                      onChange: (keys) =>
                        // Each table ticks its own rows; the other kind's ticks stay.
                        setSelected((old) => [
                          ...old.filter((k) => !rows.some((r) => r.model.id === k)),
                          ...keys,
                        ]),
                      getTitleCheckboxProps: () => ({ 'aria-label': 'Chọn tất cả' }),
                      getCheckboxProps: (r) => ({
                        // Only a recognised model can be put forward, and only once.
                        disabled: !isCommendable(r.model.status) || r.commendation !== undefined,
                        'aria-label': `Chọn “${r.model.title}”`,
                      }),
                    }
                  : undefined
              }
            />
          </section>
        ))}
      </Space>
      {decision && (
        <RoundDecisionModal
          action={decision}
          round={round}
          results={results}
          onClose={() => setDecision(null)}
        />
      )}
      {proposing && (
        <ProposeModal
          year={round.year}
          models={proposable.map((r) => r.model)}
          onClose={() => setProposing(false)}
          onDone={() => {
            setProposing(false);
            setSelected([]);
          }}
        />
      )}
    </>
  );
}
