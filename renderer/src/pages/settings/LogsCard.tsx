import { Button, Card, Typography } from 'antd';
import { OpenedFolder, useOpenFolder } from './open-folder';

/** Where the log is, for sending it to whoever supports the office when something goes wrong. */
export function LogsCard() {
  const folder = useOpenFolder('app.openLogFolder');

  return (
    <Card title="Nhật ký">
      <Typography.Paragraph>
        Ứng dụng ghi lại từng thao tác (tên chức năng, thời gian, kết quả) và các lỗi gặp phải, không ghi nội
        dung bạn nhập. Khi cần hỗ trợ, hãy gửi kèm các tệp trong thư mục nhật ký.
      </Typography.Paragraph>
      <Button onClick={() => void folder.open()} loading={folder.opening}>
        Mở thư mục nhật ký
      </Button>
      <OpenedFolder label="Thư mục nhật ký" path={folder.path} />
    </Card>
  );
}
