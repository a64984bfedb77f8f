import { App, Button, Card, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../../shared/format/date';
import { allowedTransitions, statusLabels, type ModelStatus } from '../../../../shared/domain/lifecycle';
import { historyEventLabels, type Model, type StatusChange } from '../../../../shared/domain/model';
import { errorMessage } from '../../api/api-error';
import { useChangeStatus } from '../../api/queries/models';
import { StatusTag } from '../status-tag';

/** The lifecycle (domain.md §5): the changes allowed from here, and the history of who/when/why. */
export function StatusCard({ model }: { model: Model }) {
  const { message } = App.useApp();
  const change = useChangeStatus();
  const [to, setTo] = useState<ModelStatus | undefined>();
  const [note, setNote] = useState('');

  const submit = async () => {
    if (!to) return;
    try {
      await change.mutateAsync({ ref: { year: model.year, id: model.id }, to, note });
      message.success(`Đã chuyển sang “${statusLabels[to]}”.`);
      setTo(undefined);
      setNote('');
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Card title="Trạng thái" extra={<StatusTag status={model.status} />}>
      <Space wrap className="status-change">
        <Select
          aria-label="Chuyển trạng thái"
          placeholder="Chuyển sang…"
          value={to}
          onChange={setTo}
          options={allowedTransitions[model.status].map((value) => ({ value, label: statusLabels[value] }))}
          style={{ width: 200 }}
        />
        <Input
          aria-label="Ghi chú chuyển trạng thái"
          placeholder="Ghi chú (không bắt buộc), ví dụ: số quyết định"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onPressEnter={submit}
          maxLength={1000}
          style={{ width: 360 }}
        />
        <Button type="primary" disabled={!to} loading={change.isPending} onClick={submit}>
          Chuyển trạng thái
        </Button>
      </Space>
      <Table<StatusChange>
        size="small"
        rowKey={(c) => `${c.at}-${c.to}-${c.event ?? ''}`}
        dataSource={model.history}
        pagination={false}
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
          {
            title: 'Từ',
            dataIndex: 'from',
            width: 160,
            render: (s: ModelStatus | null) => (s ? statusLabels[s] : '—'),
          },
          {
            title: 'Sang',
            width: 160,
            // A commendation keeps the status: the entry says what happened instead.
            render: (_, c) => (c.event ? historyEventLabels[c.event] : statusLabels[c.to]),
          },
          { title: 'Ghi chú', dataIndex: 'note' },
          { title: 'Người thực hiện', dataIndex: 'by', width: 180 },
        ]}
      />
    </Card>
  );
}
