import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { errorMessage } from '../api/api-error';
import { useStorageAction, useStorageStatus } from '../api/queries/settings';
import { formatDateTime } from '../../../shared/format/date';

/**
 * Says, in the office's words, which data file could not be read and where it went, and offers the newest
 * backup. Shown on every page until restored or dismissed.
 */
export function StorageProblemsBanner() {
  const { message } = App.useApp();
  const status = useStorageStatus();
  const action = useStorageAction();
  const problems = status.data?.problems ?? [];
  if (problems.length === 0) return null;
  const newest = status.data?.backups[0];

  const restore = async () => {
    if (!newest) return;
    try {
      await action.mutateAsync({ kind: 'restore', id: newest.id });
      message.success(`Đã khôi phục dữ liệu từ bản sao lưu ${formatDateTime(newest.createdAt)}.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Alert
      type="error"
      showIcon
      className="storage-problems"
      title="Có tệp dữ liệu không đọc được"
      description={
        <ul>
          {problems.map((p) => (
            <li key={p.id}>
              Tệp “{p.file}” không đọc được: {p.reason}.{' '}
              {p.movedTo
                ? `Tệp đã được chuyển sang “${p.movedTo}” và không bị ghi đè.`
                : 'Tệp được giữ nguyên và sẽ không bị ghi cho đến khi được khôi phục.'}
            </li>
          ))}
        </ul>
      }
      action={
        <Space orientation="vertical">
          {newest ? (
            <Popconfirm
              title="Khôi phục từ bản sao lưu?"
              description={`Dữ liệu sẽ được đưa về bản sao lưu lúc ${formatDateTime(newest.createdAt)}. Dữ liệu hiện tại được sao lưu trước khi khôi phục.`}
              okText="Khôi phục"
              cancelText="Hủy"
              onConfirm={restore}
            >
              <Button type="primary" danger loading={action.isPending}>
                Khôi phục bản sao lưu mới nhất ({formatDateTime(newest.createdAt)})
              </Button>
            </Popconfirm>
          ) : (
            <span>Chưa có bản sao lưu nào.</span>
          )}
          <Button onClick={() => action.mutate({ kind: 'dismiss' })}>Ẩn thông báo</Button>
        </Space>
      }
    />
  );
}
