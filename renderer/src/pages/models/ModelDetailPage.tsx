import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Skeleton, Space } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../../../shared/format/date';
import { errorMessage } from '../../api/api-error';
import { useModel, useRestoreModel, useTrashModel } from '../../api/queries/models';
import { PageTitle } from '../../layout/PageTitle';
import { AttachmentsCard } from '../../models/detail/AttachmentsCard';
import { CommendationCard } from '../../models/detail/CommendationCard';
import { ModelDescriptions } from '../../models/detail/ModelDescriptions';
import { ModelLinks } from '../../models/detail/ModelLinks';
import { OutcomesCard } from '../../models/detail/OutcomesCard';
import { StatusCard } from '../../models/detail/StatusCard';
import { listPath } from '../../models/list-location';
import { modelEditPath } from '../../models/paths';
import { StatusTag } from '../../models/status-tag';
import { useModelRef } from '../../models/use-model-ref';

/** One model (/mo-hinh/:year/:id): what was registered, its status and history, outcomes, files, links. */
export function ModelDetailPage() {
  const ref = useModelRef();
  const detail = useModel(ref);
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const trash = useTrashModel();
  const restore = useRestoreModel();

  const back = (
    <Link to={listPath()} className="back-link">
      <ArrowLeftOutlined /> Danh sách mô hình
    </Link>
  );
  if (!ref || detail.isError) {
    return (
      <>
        {back}
        <Alert
          type="error"
          showIcon
          title="Không mở được mô hình"
          description={ref ? errorMessage(detail.error) : 'Địa chỉ không chỉ đến mô hình nào.'}
        />
      </>
    );
  }
  if (!detail.data) return <Skeleton active />;
  const { model, links } = detail.data;

  const confirmTrash = () => {
    let trashed = false;
    modal.confirm({
      title: 'Chuyển mô hình vào Thùng rác?',
      content: `“${model.title}” sẽ không còn trong danh sách; có thể khôi phục lại từ Thùng rác.`,
      okText: 'Chuyển vào Thùng rác',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await trash.mutateAsync(ref);
          trashed = true;
          message.success(`Đã chuyển “${model.title}” vào Thùng rác.`);
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
      // Leave once the dialog has closed, so it does not linger over the list. The trashed model's page is
      // replaced in the history: Back does not reopen it.
      afterClose: () => {
        if (trashed) navigate(listPath(), { replace: true });
      },
    });
  };

  const restoreFromTrash = async () => {
    try {
      await restore.mutateAsync(ref);
      message.success(`Đã khôi phục “${model.title}”.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <>
      {back}
      <div className="detail-header">
        <PageTitle>{model.title}</PageTitle>
        <StatusTag status={model.status} />
        <Space className="detail-actions">
          <Button icon={<EditOutlined />} onClick={() => navigate(modelEditPath(ref), { replace: true })}>
            Sửa
          </Button>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => navigate(`/in/phieu-dang-ky/${ref.year}/${ref.id}`)}
          >
            In phiếu đăng ký
          </Button>
          <Button danger icon={<DeleteOutlined />} onClick={confirmTrash} disabled={model.deletedAt !== null}>
            Xóa
          </Button>
        </Space>
      </div>
      {model.deletedAt && (
        <Alert
          type="warning"
          showIcon
          className="detail-alert"
          title={`Mô hình này đang ở Thùng rác (từ ${formatDateTime(model.deletedAt)}).`}
          action={
            <Button size="small" onClick={restoreFromTrash} loading={restore.isPending}>
              Khôi phục
            </Button>
          }
        />
      )}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title="Thông tin đăng ký">
          <ModelDescriptions model={model} />
        </Card>
        <Card title="Liên kết">
          <ModelLinks links={links} />
        </Card>
        <StatusCard model={model} />
        <CommendationCard model={model} />
        <OutcomesCard key={JSON.stringify(model.outcomes)} model={model} />
        <AttachmentsCard model={model} />
      </Space>
    </>
  );
}
