import { Button, Progress, Space, Typography } from 'antd';
import type { JobView } from './use-job';

/**
 * A job under way: its file, what is being done and how far ("Đang đọc trang tính… 40%"), and "Hủy" unless
 * the dialog's own "Hủy" stops it.
 */
export function JobProgress({ job, onCancel }: { job: JobView; onCancel?: () => void }) {
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <Space orientation="vertical" size={2} style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text ellipsis>
          “{job.title}”: {job.cancelling ? 'Đang hủy…' : `${job.phase}… ${job.percent}%`}
        </Typography.Text>
        <Progress
          percent={job.percent}
          showInfo={false}
          size="small"
          aria-label={`Tiến độ: ${job.percent}%`}
        />
      </Space>
      {onCancel && (
        <Button onClick={onCancel} disabled={job.cancelling}>
          Hủy
        </Button>
      )}
    </div>
  );
}
