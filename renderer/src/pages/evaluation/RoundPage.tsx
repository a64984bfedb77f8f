import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Skeleton, Space, Tabs } from 'antd';
import { useDeferredValue, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { roundResults } from '../../../../shared/domain/scoring';
import { formatDate } from '../../../../shared/format/date';
import { formatNumber } from '../../../../shared/format/number';
import { errorMessage } from '../../api/api-error';
import { useCommendations } from '../../api/queries/commendations';
import { useDeleteRound, useRound, useSheets } from '../../api/queries/evaluation';
import { PageTitle } from '../../layout/PageTitle';
import { localDate } from '../../evaluation/dates';
import { roundEditPath, roundsPath } from '../../evaluation/paths';
import { PrintPanel } from '../../evaluation/PrintPanel';
import { ResultsPanel } from '../../evaluation/ResultsPanel';
import { useMemberNames, useRoundModels } from '../../evaluation/round-models';
import { RoundStatusTag } from '../../evaluation/RoundStatusTag';
import { SheetProgress } from '../../evaluation/RoundsTable';
import { ScoreEntryPanel } from '../../evaluation/ScoreEntryPanel';
import { ScoreWorkbooks } from '../../evaluation/ScoreWorkbooks';
import { missingRound, useRoundRef } from '../../evaluation/use-round-ref';
import '../../evaluation/evaluation.css';

const tabs = ['nhap-diem', 'ket-qua', 'in'] as const;
type TabKey = (typeof tabs)[number];

/**
 * One round (/danh-gia/:year/:roundId): typing in the members' sheets, the results with finalising and
 * commendations, and the printed documents. The open tab is in the address, so Back from a print view
 * returns to it.
 */
export function RoundPage() {
  const ref = useRoundRef();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const round = useRound(ref);
  const { groups, models, isPending: modelsPending, error: modelsError } = useRoundModels(round.data);
  const sheets = useSheets(ref);
  const commendations = useCommendations(ref?.year ?? null);
  const remove = useDeleteRound();
  const memberName = useMemberNames();
  // Computed here from the cached sheets (the backend runs the same function): every saved cell updates
  // the progress and the results without asking the backend again. Over 5,000 models × 7 members that
  // takes tens of milliseconds, so it follows just after the saved cell is drawn, not before.
  const settledSheets = useDeferredValue(sheets.data);
  const results = useMemo(
    () =>
      round.data && settledSheets && !modelsPending ? roundResults(round.data, models, settledSheets) : null,
    [round.data, models, settledSheets, modelsPending],
  );
  const asked = params.get('tab');
  const tab: TabKey = tabs.find((t) => t === asked) ?? 'nhap-diem';

  const back = (
    <Link to={roundsPath(ref?.year ?? new Date().getFullYear())} className="back-link">
      <ArrowLeftOutlined /> Các đợt đánh giá
    </Link>
  );
  const problem = missingRound(ref) ?? round.error ?? modelsError ?? sheets.error;
  if (problem) {
    return (
      <>
        {back}
        <Alert type="error" showIcon title="Không mở được đợt đánh giá" description={errorMessage(problem)} />
      </>
    );
  }
  if (!ref || !round.data || !sheets.data || !results) return <Skeleton active />;
  const r = round.data;
  const open = r.status === 'open';

  const confirmDelete = () =>
    modal.confirm({
      title: 'Xóa đợt đánh giá?',
      content: `Đợt “${r.name}” sẽ bị xóa. Chỉ xóa được khi chưa có phiếu nào được chấm.`,
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await remove.mutateAsync(ref);
          message.success(`Đã xóa đợt đánh giá “${r.name}”.`);
          navigate(roundsPath(r.year), { replace: true });
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });

  return (
    <>
      {back}
      <div className="detail-header">
        <PageTitle>{r.name}</PageTitle>
        <RoundStatusTag status={r.status} />
        {open && (
          <Space className="detail-actions">
            <Button icon={<EditOutlined />} onClick={() => navigate(roundEditPath(ref))}>
              Sửa
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
              Xóa
            </Button>
          </Space>
        )}
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        className="round-descriptions"
        items={[
          { key: 'date', label: 'Ngày đánh giá', children: formatDate(localDate(r.date)) },
          { key: 'models', label: 'Số mô hình', children: formatNumber(models.length) },
          {
            key: 'thresholds',
            label: 'Ngưỡng xếp loại',
            children: `Tiêu biểu từ ${formatNumber(r.thresholds.exemplary)} điểm · Công nhận từ ${formatNumber(r.thresholds.recognised)} điểm`,
          },
          {
            key: 'members',
            label: `Thành viên chấm điểm (${r.memberIds.length})`,
            children: r.memberIds.map(memberName).join(', '),
            span: 2,
          },
          {
            key: 'drop',
            label: 'Loại điểm cao nhất và thấp nhất',
            children: r.dropExtremes ? 'Có (khi có từ 5 phiếu)' : 'Không',
          },
          { key: 'progress', label: 'Tiến độ', children: <SheetProgress {...results.progress} />, span: 3 },
        ]}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set('tab', key);
              return next;
            },
            { replace: true },
          )
        }
        items={[
          {
            key: 'nhap-diem',
            label: 'Nhập điểm',
            children: (
              <>
                <ScoreWorkbooks round={r} refKey={ref} />
                <ScoreEntryPanel round={r} groups={groups} sheets={sheets.data} results={results} />
              </>
            ),
          },
          {
            key: 'ket-qua',
            label: 'Kết quả',
            children: (
              <ResultsPanel
                round={r}
                groups={groups}
                results={results}
                commendations={commendations.data ?? []}
              />
            ),
          },
          { key: 'in', label: 'In', children: <PrintPanel round={r} modelCount={models.length} /> },
        ]}
      />
    </>
  );
}
