import { Alert, Progress, Table } from 'antd';
import { Link } from 'react-router-dom';
import type { OutputOf } from '../../../shared/contract/channels';
import { formatDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { errorMessage } from '../api/api-error';
import { useRounds } from '../api/queries/evaluation';
import { localDate } from './dates';
import { roundPath } from './paths';
import { RoundStatusTag } from './RoundStatusTag';
import './evaluation.css';

type RoundItem = OutputOf<'rounds.list'>[number];

/** "X/Y phiếu": sheets scored in full out of models × members. */
export function SheetProgress({ complete, expected }: { complete: number; expected: number }) {
  const percent = expected === 0 ? 0 : Math.floor((complete / expected) * 100);
  return (
    <div className="sheet-progress">
      <Progress
        percent={percent}
        aria-label="Tiến độ nhập phiếu"
        size="small"
        showInfo={false}
        status={percent === 100 ? 'success' : 'normal'}
      />
      <span>
        Đã nhập {formatNumber(complete)}/{formatNumber(expected)} phiếu
      </span>
    </div>
  );
}

/** The rounds of a year, newest first, with how far their scoring has come. */
export function RoundsTable({ year }: { year: number }) {
  const rounds = useRounds(year);
  if (rounds.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="Không tải được các đợt đánh giá"
        description={errorMessage(rounds.error)}
      />
    );
  }
  return (
    <Table<RoundItem>
      rowKey="id"
      size="middle"
      loading={rounds.isPending}
      dataSource={rounds.data}
      pagination={false}
      locale={{ emptyText: `Năm ${year} chưa có đợt đánh giá nào.` }}
      columns={[
        {
          title: 'Tên đợt đánh giá',
          dataIndex: 'name',
          render: (name: string, r) => <Link to={roundPath({ year: r.year, roundId: r.id })}>{name}</Link>,
        },
        {
          title: 'Ngày đánh giá',
          dataIndex: 'date',
          width: 130,
          render: (d: string) => formatDate(localDate(d)),
        },
        { title: 'Số mô hình', key: 'models', width: 110, render: (_, r) => formatNumber(r.modelIds.length) },
        {
          title: 'Số thành viên',
          key: 'members',
          width: 120,
          render: (_, r) => formatNumber(r.memberIds.length),
        },
        {
          title: 'Tiến độ chấm điểm',
          key: 'progress',
          width: 280,
          render: (_, r) => <SheetProgress {...r.progress} />,
        },
        {
          title: 'Trạng thái',
          dataIndex: 'status',
          width: 170,
          render: (_, r) => <RoundStatusTag status={r.status} />,
        },
      ]}
    />
  );
}
