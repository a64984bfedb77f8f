import { Alert, App, Button, Popconfirm, Space } from 'antd';
import type { StorageProblem } from '../../../shared/contract/storage';
import { errorMessage } from '../api/api-error';
import { useStorageAction, useStorageStatus } from '../api/queries/settings';
import { formatDateTime } from '../../../shared/format/date';

/** What became of the file, after why it could not be used. */
function fate(p: StorageProblem): string {
  if (p.kind === 'newer') return '';
  if (p.movedTo) return ` Tệp đã được chuyển sang “${p.movedTo}” và không bị ghi đè.`;
  return ' Tệp được giữ nguyên và sẽ không bị ghi cho đến khi được khôi phục.';
}

/**
 * Says, in the office's words, which data file could not be used and where it went, and offers the newest
 * backup that holds a good copy of it, with its date. Shown on every page, and after a restart, until the
 * user restores or dismisses it.
 */
export function StorageProblemsBanner() {
  const { message } = App.useApp();
  const status = useStorageStatus();
  const action = useStorageAction();
  const problems = status.data?.problems ?? [];
  if (problems.length === 0) return null;
  const offered = problems
    .map((p) => p.backup)
    .filter((b) => b != null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const newerOnly = problems.every((p) => p.kind === 'newer');

  const restore = async () => {
    if (!offered) return;
    try {
      await action.mutateAsync({ kind: 'restore', id: offered.id });
      message.success(`Đã khôi phục dữ liệu từ bản sao lưu ${formatDateTime(offered.createdAt)}.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Alert
      type="error"
      showIcon
      className="storage-problems"
      title={newerOnly ? 'Dữ liệu được lưu bởi phiên bản mới hơn' : 'Có tệp dữ liệu không đọc được'}
      description={
        <ul>
          {problems.map((p) => (
            <li key={p.id}>
              {p.kind === 'newer' ? p.reason : `Tệp “${p.file}” không đọc được: ${p.reason}.${fate(p)}`}
            </li>
          ))}
        </ul>
      }
      action={
        <Space orientation="vertical">
          {offered ? (
            <Popconfirm
              title="Khôi phục từ bản sao lưu?"
              description={`Dữ liệu sẽ được đưa về bản sao lưu lúc ${formatDateTime(offered.createdAt)}. Dữ liệu hiện tại được sao lưu trước khi khôi phục.`}
              okText="Khôi phục"
              cancelText="Hủy"
              onConfirm={restore}
            >
              <Button type="primary" danger loading={action.isPending}>
                Khôi phục bản sao lưu mới nhất ({formatDateTime(offered.createdAt)})
              </Button>
            </Popconfirm>
          ) : newerOnly ? null : (
            <span>Không có bản sao lưu nào chứa bản tốt của tệp này.</span>
          )}
          <Popconfirm
            title="Ẩn thông báo này?"
            description="Thông báo sẽ không hiện lại. Tệp hỏng vẫn được giữ trong thư mục “corrupt”."
            okText="Ẩn thông báo"
            cancelText="Hủy"
            onConfirm={() => action.mutate({ kind: 'dismiss' })}
          >
            <Button>Ẩn thông báo</Button>
          </Popconfirm>
        </Space>
      }
    />
  );
}
