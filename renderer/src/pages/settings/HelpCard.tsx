import { Button, Card, Descriptions, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAppInfo } from '../../api/queries/settings';
import { OpenedFolder, useOpenFolder } from './open-folder';

/** The way to "Hướng dẫn", and "Giới thiệu": version, where the data and the logs are. */
export function HelpCard() {
  const info = useAppInfo();
  const navigate = useNavigate();
  const dataFolder = useOpenFolder('app.openDataFolder');

  return (
    <Card title="Hướng dẫn và giới thiệu">
      <Typography.Paragraph>
        Công việc trong năm từng bước, có hình minh họa: đăng ký, đánh giá, khen thưởng, báo cáo.{' '}
        <Button onClick={() => navigate('/huong-dan')}>Mở hướng dẫn sử dụng</Button>
      </Typography.Paragraph>
      <Typography.Title level={4}>Giới thiệu</Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'app', label: 'Ứng dụng', children: 'Dân vận khéo' },
          { key: 'version', label: 'Phiên bản', children: info.data?.version ?? '…' },
          {
            key: 'data',
            label: 'Thư mục dữ liệu',
            children: info.data ? <Typography.Text code>{info.data.dataDir}</Typography.Text> : '…',
          },
          {
            key: 'logs',
            label: 'Thư mục nhật ký',
            children: info.data ? <Typography.Text code>{info.data.logDir}</Typography.Text> : '…',
          },
        ]}
      />
      <Button style={{ marginTop: 12 }} onClick={() => void dataFolder.open()} loading={dataFolder.opening}>
        Mở thư mục dữ liệu
      </Button>
      <OpenedFolder label="Thư mục dữ liệu" path={dataFolder.path} />
    </Card>
  );
}
