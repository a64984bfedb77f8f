import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Upload } from 'antd';
import { DeleteButton } from '../../forms/DeleteButton';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/contract/models';
import type { Attachment, Model } from '../../../../shared/domain/model';
import { formatDateTime } from '../../../../shared/format/date';
import { formatBytes } from '../../../../shared/format/number';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { useAddAttachment, useRemoveAttachment } from '../../api/queries/models';
import { downloadBase64, readAsBase64 } from '../../files/base64';

/** Files kept with a model (scanned registrations, photos, decisions), up to 50 MB each. */
export function AttachmentsCard({ model }: { model: Model }) {
  const { message } = App.useApp();
  const add = useAddAttachment();
  const remove = useRemoveAttachment();
  const ref = { year: model.year, id: model.id };

  const upload = async (file: File) => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      message.error(`Tệp “${file.name}” lớn hơn 50 MB, không thể đính kèm.`);
      return;
    }
    try {
      await add.mutateAsync({ ref, name: file.name, dataBase64: await readAsBase64(file) });
      message.success(`Đã đính kèm tệp “${file.name}”.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const download = async (attachment: Attachment) => {
    try {
      const content = await call('attachments.read', { ref, attachmentId: attachment.id });
      downloadBase64(content.name, content.dataBase64);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  /** The desktop app opens the file in its own program; where it cannot (the browser preview), download. */
  const open = async (attachment: Attachment) => {
    try {
      await call('attachments.open', { ref, attachmentId: attachment.id });
    } catch {
      await download(attachment);
    }
  };

  const destroy = async (attachment: Attachment) => {
    try {
      await remove.mutateAsync({ ref, attachmentId: attachment.id });
      message.success(`Đã xóa tệp “${attachment.name}”.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Card
      title="Tệp đính kèm"
      extra={
        <Upload
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            // The file goes through the contract, not antd's own HTTP upload.
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />} loading={add.isPending}>
            Thêm tệp đính kèm
          </Button>
        </Upload>
      }
    >
      <Table<Attachment>
        size="small"
        rowKey="id"
        dataSource={model.attachments}
        pagination={false}
        locale={{ emptyText: 'Chưa có tệp đính kèm nào.' }}
        columns={[
          { title: 'Tên tệp', dataIndex: 'name', ellipsis: true },
          { title: 'Dung lượng', dataIndex: 'size', width: 120, render: (size: number) => formatBytes(size) },
          {
            title: 'Ngày thêm',
            dataIndex: 'addedAt',
            width: 150,
            render: (at: string) => formatDateTime(at),
          },
          {
            title: 'Thao tác',
            key: 'actions',
            width: 220,
            render: (_, attachment) => (
              <Space size="small">
                <Button size="small" onClick={() => open(attachment)}>
                  Mở
                </Button>
                <Button size="small" onClick={() => download(attachment)}>
                  Tải về
                </Button>
                <DeleteButton title={`Xóa tệp “${attachment.name}”?`} onConfirm={() => destroy(attachment)} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
