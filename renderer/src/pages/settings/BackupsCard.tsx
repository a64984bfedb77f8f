import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { backupKindLabels, type BackupInfo, type BackupKind } from '../../../../shared/contract/storage';
import { formatDateTime } from '../../../../shared/format/date';
import { formatBytes, formatNumber } from '../../../../shared/format/number';
import { errorMessage } from '../../api/api-error';
import { useStorageAction, useStorageStatus } from '../../api/queries/settings';
import { BackupFileButtons } from './BackupFileButtons';

const KIND_COLORS: Record<BackupKind, string> = {
  daily: 'blue',
  manual: 'green',
  'before-restore': 'orange',
};

/** "Sao lưu và khôi phục": the daily copies the store makes, and restoring one of them. */
export function BackupsCard() {
  const { message } = App.useApp();
  const status = useStorageStatus();
  const action = useStorageAction();

  const run = async (request: Parameters<typeof action.mutateAsync>[0], done: string) => {
    try {
      await action.mutateAsync(request);
      message.success(done);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Card
      title="Sao lưu và khôi phục"
      extra={
        <Space wrap>
          <Button onClick={() => run({ kind: 'backup' }, 'Đã tạo bản sao lưu.')} loading={action.isPending}>
            Sao lưu ngay
          </Button>
          <BackupFileButtons />
        </Space>
      }
    >
      <Typography.Paragraph>
        Dữ liệu được tự động sao lưu vào lần ghi đầu tiên mỗi ngày. Giữ 30 bản tự động gần nhất, và riêng 30
        bản sao lưu thủ công gần nhất. Thư mục dữ liệu:{' '}
        <Typography.Text code copyable>
          {status.data?.dataDir ?? '…'}
        </Typography.Text>
      </Typography.Paragraph>
      <Table<BackupInfo>
        size="small"
        rowKey="id"
        loading={status.isPending}
        dataSource={status.data?.backups ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
        columns={[
          { title: 'Thời điểm', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          {
            title: 'Loại',
            dataIndex: 'kind',
            render: (kind: BackupKind) => <Tag color={KIND_COLORS[kind]}>{backupKindLabels[kind]}</Tag>,
          },
          {
            title: 'Mô hình',
            key: 'models',
            align: 'right',
            render: (_, b) => (b.counts ? formatNumber(b.counts.models) : '—'),
          },
          {
            title: 'Đợt đánh giá',
            key: 'rounds',
            align: 'right',
            render: (_, b) => (b.counts ? formatNumber(b.counts.rounds) : '—'),
          },
          { title: 'Số tệp', dataIndex: 'files', render: (files: string[]) => formatNumber(files.length) },
          { title: 'Dung lượng', dataIndex: 'bytes', render: (b: number) => formatBytes(b) },
          {
            title: 'Thao tác',
            key: 'restore',
            render: (_, backup) => (
              <Space>
                <Popconfirm
                  title="Khôi phục bản sao lưu này?"
                  description="Dữ liệu hiện tại được sao lưu trước, nên có thể quay lại."
                  okText="Khôi phục"
                  cancelText="Hủy"
                  onConfirm={() =>
                    run(
                      { kind: 'restore', id: backup.id },
                      `Đã khôi phục bản sao lưu ${formatDateTime(backup.createdAt)}.`,
                    )
                  }
                >
                  <Button size="small" danger>
                    Khôi phục
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
