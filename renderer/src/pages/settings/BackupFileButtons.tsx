import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Modal, Space, Upload } from 'antd';
import { MAX_BACKUP_FILE_BYTES } from '../../../../shared/contract/storage';
import { formatDateTime } from '../../../../shared/format/date';
import { formatNumber } from '../../../../shared/format/number';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { saveBuiltFile } from '../../documents/save-built-file';
import { JobProgress } from '../../files/JobProgress';
import { useFilePreview } from '../../files/use-file-preview';
import { UPLOADING, useJob } from '../../files/use-job';

/**
 * "Sao lưu ra tệp" (one file to carry on a USB stick, saved like a document) and "Khôi phục từ tệp": what the
 * file holds is shown first, and nothing is restored until the user confirms.
 */
export function BackupFileButtons() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const file = useFilePreview({
    maxBytes: MAX_BACKUP_FILE_BYTES,
    tooBig: (name) => `Tệp “${name}” lớn hơn 100 MB.`,
    preview: (input) => call('storage.previewBackupFile', input),
    // A refused file is said as before: in a message, not inside a dialog.
    onError: (text) => void message.error(text),
  });
  const chosen = file.previewed;
  const restoring = useJob();

  const exportFile = useMutation({
    mutationFn: () => call('storage.exportBackup'),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.storage }),
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

  const confirm = async () => {
    if (!chosen) return;
    const { fileName, dataBase64 } = chosen;
    try {
      const status = await restoring.run(
        fileName,
        (jobId) => call('storage.restoreBackupFile', { fileName, dataBase64, jobId }),
        UPLOADING,
      );
      if (!status) return; // cancelled before it wrote anything: the dialog stays open
      await client.invalidateQueries();
      client.setQueryData(queryKeys.storage, status);
      message.success(`Đã khôi phục dữ liệu từ tệp sao lưu ${formatDateTime(chosen.value.createdAt)}.`);
      file.committed();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  /** "Hủy" in the dialog: stops a restore that has not started writing, else closes the dialog. */
  const cancel = async () => {
    if (!restoring.view) return file.reset();
    if (!(await restoring.cancel())) message.info('Đã bắt đầu ghi dữ liệu khôi phục, không hủy được nữa.');
  };

  const p = chosen?.value;
  return (
    <>
      <Button icon={<DownloadOutlined />} loading={exportFile.isPending} onClick={save}>
        Sao lưu ra tệp
      </Button>
      <Upload
        accept=".zip,application/zip"
        showUploadList={false}
        beforeUpload={(chosenFile) => {
          void file.read(chosenFile);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={file.job !== null}>
          Khôi phục từ tệp
        </Button>
      </Upload>
      {/* Open from the moment a file is chosen: its reading is followed here, and "Hủy" stops it. */}
      <Modal
        open={file.job !== null || chosen !== null}
        title="Khôi phục từ tệp sao lưu?"
        okText="Khôi phục"
        // Not confirmLoading: that would also stop "Hủy", which must stay able to stop the restore.
        okButtonProps={{ danger: true, disabled: !chosen, loading: restoring.view !== null }}
        cancelText="Hủy"
        onOk={confirm}
        onCancel={() => void cancel()}
        destroyOnHidden
      >
        {file.job && <JobProgress job={file.job} />}
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
            {restoring.view && <JobProgress job={restoring.view} />}
          </Space>
        )}
      </Modal>
    </>
  );
}
