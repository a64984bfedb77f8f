import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';

/** Where the log is, for sending it to whoever supports the office when something goes wrong. */
export function LogsCard() {
  const { message } = App.useApp();
  const [path, setPath] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  const open = async () => {
    setOpening(true);
    try {
      const folder = await call('app.openLogFolder');
      setPath(folder.path);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setOpening(false);
    }
  };

  return (
    <Card title="Nhật ký">
      <Typography.Paragraph>
        Ứng dụng ghi lại từng thao tác (tên chức năng, thời gian, kết quả) và các lỗi gặp phải, không ghi nội
        dung bạn nhập. Khi cần hỗ trợ, hãy gửi kèm các tệp trong thư mục nhật ký.
      </Typography.Paragraph>
      <Button onClick={() => void open()} loading={opening}>
        Mở thư mục nhật ký
      </Button>
      {path && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          Thư mục nhật ký:{' '}
          <Typography.Text copyable code>
            {path}
          </Typography.Text>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
