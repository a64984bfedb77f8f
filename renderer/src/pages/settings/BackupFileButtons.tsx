import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Modal, Space, Upload } from 'antd';
import { useState } from 'react';
import { MAX_BACKUP_FILE_BYTES, type BackupFilePreview } from '../../../../shared/contract/storage';
import { formatDateTime } from '../../../../shared/format/date';
import { formatNumber } from '../../../../shared/format/number';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { saveBuiltFile } from '../../documents/save-built-file';
import { readAsBase64 } from '../../files/base64';

interface Chosen {
  preview: BackupFilePreview;
  dataBase64: string;
}

/**
 * "Sao lưu ra tệp" (one file to carry on a USB stick, saved like a document) and "Khôi phục từ tệp": what the
 * file holds is shown first, and nothing is restored until the user confirms.
 */
export function BackupFileButtons() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<Chosen | null>(null);

  const exportFile = useMutation({
    mutationFn: () => call('storage.exportBackup'),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.storage }),
  });
  const preview = useMutation({
    mutationFn: async (file: File) => {
      const dataBase64 = await readAsBase64(file);
      return {
        preview: await call('storage.previewBackupFile', { fileName: file.name, dataBase64 }),
        dataBase64,
      };
    },
  });
  const restore = useMutation({
    mutationFn: ({ preview: p, dataBase64 }: Chosen) =>
      call('storage.restoreBackupFile', { fileName: p.fileName, dataBase64 }),
    onSuccess: async (status) => {
      await client.invalidateQueries();
      client.setQueryData(queryKeys.storage, status);
    },
  });

  const save = async () => {
    try {
      const saved = await saveBuiltFile(await exportFile.mutateAsync());
      if (saved)
        message.success(saved.path ? `Đã lưu tệp sao lưu: ${saved.path}` : `Đã tải về “${saved.fileName}”.`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const read = async (file: File) => {
    if (file.size > MAX_BACKUP_FILE_BYTES) {
      message.error(`Tệp “${file.name}” lớn hơn 100 MB.`);
      return;
    }
    try {
      setChosen(await preview.mutateAsync(file));
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const confirm = async () => {
    if (!chosen) return;
    try {
      await restore.mutateAsync(chosen);
      message.success(`Đã khôi phục dữ liệu từ tệp sao lưu ${formatDateTime(chosen.preview.createdAt)}.`);
      setChosen(null);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const p = chosen?.preview;
  return (
    <>
      <Button icon={<DownloadOutlined />} loading={exportFile.isPending} onClick={save}>
        Sao lưu ra tệp
      </Button>
      <Upload
        accept=".zip,application/zip"
        showUploadList={false}
        beforeUpload={(file) => {
          void read(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={preview.isPending}>
          Khôi phục từ tệp
        </Button>
      </Upload>
      <Modal
        open={chosen !== null}
        title="Khôi phục từ tệp sao lưu?"
        okText="Khôi phục"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        confirmLoading={restore.isPending}
        onOk={confirm}
        onCancel={() => setChosen(null)}
        destroyOnHidden
      >
        {p && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label="Tệp">{p.fileName}</Descriptions.Item>
              <Descriptions.Item label="Sao lưu lúc">{formatDateTime(p.createdAt)}</Descriptions.Item>
              <Descriptions.Item label="Cơ quan">{p.orgName || '—'}</Descriptions.Item>
              <Descriptions.Item label="Phiên bản">{p.appVersion}</Descriptions.Item>
              <Descriptions.Item label="Năm">{p.years.length ? p.years.join(', ') : '—'}</Descriptions.Item>
              <Descriptions.Item label="Mô hình">{formatNumber(p.counts.models)}</Descriptions.Item>
              <Descriptions.Item label="Đợt đánh giá">{formatNumber(p.counts.rounds)}</Descriptions.Item>
              <Descriptions.Item label="Tệp đính kèm">{formatNumber(p.counts.attachments)}</Descriptions.Item>
            </Descriptions>
            <Alert
              type="warning"
              showIcon
              title="Dữ liệu hiện tại sẽ được thay bằng dữ liệu trong tệp. Dữ liệu hiện tại được sao lưu trước, nên có thể quay lại."
            />
          </Space>
        )}
      </Modal>
    </>
  );
}
