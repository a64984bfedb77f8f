import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { kindLabels } from '../../../shared/domain/model';
import { rubricTotal, type Criterion, type Rubric } from '../../../shared/domain/rubric';
import { formatNumber } from '../../../shared/format/number';
import { errorMessage } from '../api/api-error';
import { useRubrics } from '../api/queries/evaluation';
import { RubricEditorModal } from './RubricEditorModal';

/** "Bộ tiêu chí": each rubric's criteria and maximum points, with add and edit. */
export function RubricsPanel() {
  const rubrics = useRubrics();
  const [editing, setEditing] = useState<Rubric | 'new' | null>(null);

  if (rubrics.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="Không tải được bộ tiêu chí"
        description={errorMessage(rubrics.error)}
      />
    );
  }
  if (!rubrics.data) return <Skeleton active />;

  return (
    <>
      <div className="list-toolbar">
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm bộ tiêu chí
        </Button>
      </div>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {rubrics.data.map((rubric) => (
          <Card
            key={rubric.id}
            title={
              <Space>
                {rubric.name}
                <Tag>Mô hình {kindLabels[rubric.kind].toLocaleLowerCase('vi')}</Tag>
              </Space>
            }
            extra={
              <Button
                icon={<EditOutlined />}
                onClick={() => setEditing(rubric)}
                aria-label={`Sửa “${rubric.name}”`}
              >
                Sửa
              </Button>
            }
          >
            <Table<Criterion>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={rubric.criteria}
              columns={[
                { title: 'STT', key: 'index', width: 60, render: (_, __, i) => i + 1 },
                { title: 'Tiêu chí', dataIndex: 'text' },
                {
                  title: 'Điểm tối đa',
                  dataIndex: 'maxPoints',
                  width: 120,
                  align: 'right',
                  render: formatNumber,
                },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} />
                  <Table.Summary.Cell index={1}>
                    <strong>Tổng cộng</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <strong>{formatNumber(rubricTotal(rubric))}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </Card>
        ))}
      </Space>
      {editing && <RubricEditorModal rubric={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
