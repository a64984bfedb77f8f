import { InboxOutlined } from '@ant-design/icons';
import { Alert, Space, Upload } from 'antd';
import { JobProgress } from './JobProgress';
import type { JobView } from './use-job';

export interface FilePreviewPickerProps {
  accept: string;
  /** What to choose, shown in the large drop area before any file is previewed. */
  hint: string;
  /** A preview is shown below: the drop area shrinks to "Chọn tệp khác…". */
  chosen: boolean;
  /** Saving: no other file may be chosen. */
  disabled: boolean;
  job: JobView | null;
  onCancel: () => void;
  error: string | null;
  errorTitle: string;
  onFile: (file: File) => void;
}

/** The top of a file-import dialog: choose or drop a file, follow its reading with "Hủy", see why it failed. */
export function FilePreviewPicker({
  accept,
  hint,
  chosen,
  disabled,
  job,
  onCancel,
  error,
  errorTitle,
  onFile,
}: FilePreviewPickerProps) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Upload.Dragger
        className={chosen ? 'import-drop import-drop-small' : 'import-drop'}
        accept={accept}
        showUploadList={false}
        disabled={job !== null || disabled}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        {chosen ? (
          <span>Chọn tệp khác…</span>
        ) : (
          <>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{hint}</p>
          </>
        )}
      </Upload.Dragger>
      {job && <JobProgress job={job} onCancel={onCancel} />}
      {error && <Alert type="error" showIcon title={errorTitle} description={error} />}
    </Space>
  );
}
