import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Space, Table } from 'antd';
import { Link } from 'react-router-dom';
import type { ModelRow } from '../../../../shared/contract/models';
import { formatDateTime } from '../../../../shared/format/date';
import { formatNumber } from '../../../../shared/format/number';
import { errorMessage } from '../../api/api-error';
import { useDestroyModel, useRestoreModel, useTrashList } from '../../api/queries/models';
import { PageTitle } from '../../layout/PageTitle';
import { useCatalogueNames } from '../../catalogues/use-catalogue-names';
import { listPath } from '../../models/list-location';

/** "Thùng rác": trashed models, restored or destroyed for good one by one. */
export function TrashPage() {
  const { message, modal } = App.useApp();
  const trash = useTrashList();
  const restore = useRestoreModel();
  const destroy = useDestroyModel();
  const { unitName } = useCatalogueNames();
  const refOf = (row: ModelRow) => ({ year: row.year, id: row.id });

  const restoreRow = async (row: ModelRow) => {
    try {
      await restore.mutateAsync(refOf(row));
      message.success(`Đã khôi phục “${row.title}”.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const confirmDestroy = (row: ModelRow) =>
    modal.confirm({
      title: 'Xóa vĩnh viễn mô hình này?',
      content: `“${row.title}” (${row.year}) cùng lịch sử, kết quả và tệp đính kèm của nó sẽ bị xóa hẳn. Thao tác này không thể hoàn tác.`,
      okText: 'Xóa vĩnh viễn',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      autoFocusButton: 'cancel',
      onOk: async () => {
        try {
          await destroy.mutateAsync(refOf(row));
          message.success(`Đã xóa vĩnh viễn “${row.title}”.`);
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    });

  const rows = trash.data?.rows ?? [];
  return (
    <>
      <Link to={listPath()} className="back-link">
        <ArrowLeftOutlined /> Danh sách mô hình
      </Link>
      <PageTitle>Thùng rác</PageTitle>
      <p className="list-count">
        {rows.length > 0
          ? `Có ${formatNumber(rows.length)} mô hình trong Thùng rác.`
          : 'Mô hình bị xóa được giữ ở đây cho đến khi được khôi phục hoặc xóa vĩnh viễn.'}
      </p>
      <Table<ModelRow>
        size="small"
        rowKey="id"
        loading={trash.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: trash.isError ? errorMessage(trash.error) : 'Thùng rác trống.' }}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 80 },
          { title: 'Tên mô hình', dataIndex: 'title', ellipsis: true },
          {
            title: 'Đơn vị đăng ký',
            key: 'unit',
            width: 240,
            ellipsis: true,
            render: (_, r) => unitName(r.unitId),
          },
          {
            title: 'Xóa lúc',
            dataIndex: 'deletedAt',
            width: 150,
            render: (at: string | null) => (at ? formatDateTime(at) : '—'),
          },
          {
            title: 'Thao tác',
            key: 'actions',
            width: 230,
            render: (_, row) => (
              <Space size="small">
                <Button size="small" onClick={() => restoreRow(row)}>
                  Khôi phục
                </Button>
                <Button size="small" danger onClick={() => confirmDestroy(row)}>
                  Xóa vĩnh viễn
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
