import { FileTextOutlined, PrinterOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RoundRef } from '../../../shared/contract/evaluation';
import type { Round } from '../../../shared/domain/round';
import { formatNumber } from '../../../shared/format/number';
import { sheetsPrintPath, summaryPrintPath } from './paths';
import { useMemberNames } from './round-models';

const ALL = '';

/** "In": the round's documents, each opening as a print view with "In" and "Xuất PDF". */
export function PrintPanel({ round, modelCount }: { round: Round; modelCount: number }) {
  const navigate = useNavigate();
  const memberName = useMemberNames();
  const [memberId, setMemberId] = useState(ALL);
  const ref: RoundRef = { year: round.year, roundId: round.id };
  const pages = modelCount * (memberId === ALL ? round.memberIds.length : 1);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="Phiếu chấm điểm mô hình “Dân vận khéo”">
        <Typography.Paragraph>
          Mỗi mô hình một trang, khổ A4, theo thể thức văn bản của Đảng. Phiếu trắng để các thành viên chấm
          trên giấy; phiếu đã chấm in lại điểm đã nhập.
        </Typography.Paragraph>
        <Space wrap>
          <Select
            aria-label="In phiếu của thành viên"
            value={memberId}
            onChange={setMemberId}
            options={[
              { value: ALL, label: 'Tất cả thành viên' },
              ...round.memberIds.map((id) => ({ value: id, label: memberName(id) })),
            ]}
            style={{ width: 280 }}
          />
          <Button
            icon={<PrinterOutlined />}
            onClick={() => navigate(sheetsPrintPath(ref, 'trang', memberId || undefined))}
          >
            In phiếu trắng
          </Button>
          <Button
            icon={<FileTextOutlined />}
            onClick={() => navigate(sheetsPrintPath(ref, 'da-cham', memberId || undefined))}
          >
            In phiếu đã chấm
          </Button>
          <Typography.Text type="secondary">{formatNumber(pages)} trang</Typography.Text>
        </Space>
      </Card>
      <Card title="Bảng tổng hợp kết quả chấm điểm">
        <Typography.Paragraph>
          Khổ A4 ngang: điểm của từng thành viên, điểm trung bình, xếp hạng và kết quả của mọi mô hình trong
          đợt.
        </Typography.Paragraph>
        <Button type="primary" icon={<TableOutlined />} onClick={() => navigate(summaryPrintPath(ref))}>
          In bảng tổng hợp
        </Button>
      </Card>
    </Space>
  );
}
