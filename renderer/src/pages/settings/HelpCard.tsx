import { Card, Descriptions, Steps, Typography } from 'antd';
import { useAppInfo } from '../../api/queries/settings';
import { guideSteps } from '../../help/guide-steps';

/** "Hướng dẫn" (the year's work step by step) and "Giới thiệu" (version, where the data and the logs are). */
export function HelpCard() {
  const info = useAppInfo();
  return (
    <Card title="Hướng dẫn và giới thiệu">
      <Typography.Title level={4}>Hướng dẫn</Typography.Title>
      <Steps
        orientation="vertical"
        size="small"
        current={-1}
        items={guideSteps.map((step, i) => ({
          title: `${i + 1}. ${step.title}`,
          content: step.text,
          status: 'process',
        }))}
      />
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
    </Card>
  );
}
