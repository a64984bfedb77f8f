import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { roundStatusLabels, type RoundStatus } from '../../../shared/domain/round';

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  return status === 'finalised' ? (
    <Tag color="green" icon={<LockOutlined />}>
      {roundStatusLabels.finalised}
    </Tag>
  ) : (
    <Tag color="processing">{roundStatusLabels.open}</Tag>
  );
}
