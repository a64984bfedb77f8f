import { Alert, App, Button, Segmented, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PrinterOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import {
  commendationStatusLabels,
  commendationStatuses,
  type CommendationStatus,
} from '../../../../shared/domain/commendation';
import { formatDate } from '../../../../shared/format/date';
import { formatNumber } from '../../../../shared/format/number';
import { errorMessage } from '../../api/api-error';
import { useWithdrawCommendation } from '../../api/queries/commendations';
import { useSettings } from '../../api/queries/settings';
import { PageTitle } from '../../layout/PageTitle';
import { useCatalogueNames } from '../../catalogues/use-catalogue-names';
import { useCommendationRows, formText, type CommendationRow } from '../../commendations/commendation-rows';
import { GrantModal, type TitledCommendation } from '../../commendations/GrantModal';
import { localDate } from '../../evaluation/dates';
import { useYearParam } from '../../evaluation/use-year-param';
import { YearSelect } from '../../evaluation/YearSelect';
import { modelPath } from '../../models/paths';
import '../../evaluation/evaluation.css';

type Row = CommendationRow;

const ALL = 'all';
type StatusFilter = CommendationStatus | typeof ALL;

/**
 * "Khen thưởng" (/khen-thuong): the year's proposals and decisions; record a decision (for one proposal, or
 * one decision for the proposals ticked), withdraw a proposal.
 */
export function CommendationsPage() {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const settings = useSettings();
  const [year, setYear] = useYearParam();
  const { rows: all, commendations, isPending, error } = useCommendationRows(year);
  const withdraw = useWithdrawCommendation();
  const { unitName } = useCatalogueNames();
  const [status, setStatus] = useState<StatusFilter>(ALL);
  const [granting, setGranting] = useState<TitledCommendation[] | null>(null);
  const [ticked, setTicked] = useState<readonly string[]>([]);

  const rows = useMemo(
    () => all.filter((r) => status === ALL || r.commendation.status === status),
    [all, status],
  );
  // Only what is still shown and still a proposal counts: a row withdrawn or decided meanwhile drops out.
  const chosen = useMemo(() => {
    const ids = new Set(ticked);
    return rows.filter((r) => ids.has(r.commendation.id) && r.commendation.status === 'proposed');
  }, [rows, ticked]);

  if (!settings.data || year === null) return <Skeleton active />;
  const title = (r: Row) => r.model?.title ?? 'Mô hình đã xóa';
  const titled = (r: Row): TitledCommendation => ({ commendation: r.commendation, title: title(r) });

  const confirmWithdraw = (r: Row) =>
    modal.confirm({
      title: 'Rút đề nghị khen thưởng?',
      content: `“${title(r)}” sẽ không còn trong danh sách đề nghị khen thưởng.`,
      okText: 'Rút đề nghị',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await withdraw.mutateAsync({ year, id: r.commendation.id });
          message.success(`Đã rút đề nghị khen thưởng “${title(r)}”.`);
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });

  const count = (s: CommendationStatus) => (commendations.data ?? []).filter((c) => c.status === s).length;

  return (
    <>
      <PageTitle>Khen thưởng</PageTitle>
      <div className="list-toolbar">
        <YearSelect value={year} yearInUse={settings.data.yearInUse} onChange={setYear} />
        <Button
          icon={<PrinterOutlined />}
          disabled={all.length === 0}
          onClick={() => navigate(`/in/khen-thuong/${year}`)}
        >
          In danh sách đề nghị khen thưởng
        </Button>
        {chosen.length > 0 && (
          // Shown only while proposals are ticked, so it never reads the same as a row's own button.
          <Button type="primary" onClick={() => setGranting(chosen.map(titled))}>
            Ghi quyết định ({formatNumber(chosen.length)})
          </Button>
        )}
        <Segmented<StatusFilter>
          aria-label="Lọc theo trạng thái khen thưởng"
          value={status}
          onChange={setStatus}
          options={[
            { value: ALL, label: `Tất cả (${formatNumber(commendations.data?.length ?? 0)})` },
            ...commendationStatuses.map((s) => ({
              value: s,
              label: `${commendationStatusLabels[s]} (${formatNumber(count(s))})`,
            })),
          ]}
        />
      </div>
      <Typography.Paragraph type="secondary">
        Đề nghị khen thưởng được lập từ kết quả đợt đánh giá đã chốt (thẻ “Kết quả” của đợt). Nhiều mô hình có
        chung một quyết định: đánh dấu các mô hình đó rồi ghi quyết định một lần.
      </Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          title="Không tải được danh sách khen thưởng"
          description={errorMessage(error)}
        />
      ) : (
        <Table<Row>
          size="middle"
          rowKey={(r) => r.commendation.id}
          loading={isPending}
          dataSource={rows}
          pagination={false}
          tableLayout="fixed"
          // Ticks only where there is a proposal to decide: a year fully decided shows no tick column.
          rowSelection={
            rows.some((r) => r.commendation.status === 'proposed')
              ? {
                  selectedRowKeys: chosen.map((r) => r.commendation.id),
                  onChange: (keys) => setTicked(keys.map(String)),
                  getTitleCheckboxProps: () => ({ 'aria-label': 'Chọn tất cả đề nghị chưa có quyết định' }),
                  // One decision is recorded for proposals; a decision already made is corrected on its own row.
                  getCheckboxProps: (r) => ({
                    disabled: r.commendation.status !== 'proposed',
                    'aria-label': `Chọn “${title(r)}”`,
                  }),
                }
              : undefined
          }
          locale={{ emptyText: `Năm ${year} chưa có đề nghị khen thưởng nào.` }}
          columns={[
            {
              title: 'Trạng thái',
              key: 'status',
              width: 170,
              render: (_, r) => (
                <Tag color={r.commendation.status === 'granted' ? 'magenta' : 'purple'}>
                  {commendationStatusLabels[r.commendation.status]}
                </Tag>
              ),
            },
            {
              title: 'Tên mô hình, đơn vị',
              key: 'title',
              render: (_, r) =>
                r.model ? (
                  <>
                    <Link to={modelPath(r.model)}>{r.model.title}</Link>
                    <div className="grid-unit">{unitName(r.model.unitId)}</div>
                  </>
                ) : (
                  title(r)
                ),
            },
            { title: 'Hình thức', key: 'form', width: 120, render: (_, r) => formText(r.commendation) },
            {
              title: 'Cơ quan khen thưởng',
              key: 'issuer',
              width: 180,
              render: (_, r) => r.commendation.issuer || '—',
            },
            {
              title: 'Quyết định',
              key: 'decision',
              width: 170,
              render: (_, r) =>
                r.commendation.decisionDate ? (
                  <>
                    <div>Số {r.commendation.decisionNumber}</div>
                    <div className="grid-unit">ngày {formatDate(localDate(r.commendation.decisionDate))}</div>
                  </>
                ) : (
                  '—'
                ),
            },
            {
              title: 'Thao tác',
              key: 'actions',
              width: 232,
              render: (_, r) => (
                <Space size="small">
                  <Button
                    size="small"
                    type={r.commendation.status === 'proposed' ? 'primary' : 'default'}
                    onClick={() => setGranting([titled(r)])}
                  >
                    {r.commendation.status === 'proposed' ? 'Ghi quyết định' : 'Sửa quyết định'}
                  </Button>
                  {r.commendation.status === 'proposed' && (
                    <Button size="small" danger onClick={() => confirmWithdraw(r)}>
                      Rút đề nghị
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {granting && (
        <GrantModal
          year={year}
          proposals={granting}
          onClose={() => setGranting(null)}
          onDone={() => {
            setGranting(null);
            setTicked([]);
          }}
        />
      )}
    </>
  );
}
