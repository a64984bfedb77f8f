import { Descriptions, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ModelDetail, ModelLink } from '../../../../shared/contract/models';
import { modelPath } from '../paths';

const linkTo = (m: ModelLink) => (
  <Link key={m.id} to={modelPath(m)}>
    {m.title} ({m.year})
  </Link>
);

/** The model's place in the chain: what it continues or copies, and what continued or copied it. */
export function ModelLinks({ links }: { links: ModelDetail['links'] }) {
  const rows = [
    { label: 'Duy trì từ', models: links.continuedFrom ? [links.continuedFrom] : [] },
    { label: 'Được duy trì thành', models: links.continuedAs },
    { label: 'Nhân rộng từ', models: links.replicates ? [links.replicates] : [] },
    { label: 'Được nhân rộng bởi', models: links.replicatedBy },
  ].filter((row) => row.models.length > 0);

  if (rows.length === 0)
    return <Typography.Text type="secondary">Chưa có liên kết với mô hình khác.</Typography.Text>;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 220 } }}
      items={rows.map((row) => ({
        key: row.label,
        label: row.label,
        children: <div className="link-list">{row.models.map(linkTo)}</div>,
      }))}
    />
  );
}
