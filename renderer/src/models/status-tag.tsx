import { Tag } from 'antd';
import { statusLabels, type ModelStatus } from '../../../shared/domain/lifecycle';

const colors: Record<ModelStatus, string> = {
  registered: 'blue',
  in_progress: 'cyan',
  recognised: 'green',
  not_recognised: 'volcano',
  exemplary: 'gold',
  stopped: 'default',
};

export function StatusTag({ status }: { status: ModelStatus }) {
  return <Tag color={colors[status]}>{statusLabels[status]}</Tag>;
}
