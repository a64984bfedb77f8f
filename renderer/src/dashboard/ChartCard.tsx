import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space } from 'antd';
import type { ChartEvent, ActiveElement, Chart as ChartInstance } from 'chart.js';
import { useId, useMemo, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import './chart-setup';
import { chartImage, download, safeFileName } from './chart-image';
import type { ChartSpec, DashboardChartConfig } from './charts';
import { ChartTable } from './ChartTable';
import { modelListPath } from '../models/use-model-filters';

/** The PNG is laid out a little wider than a card, as it would sit across a report's page. */
const PNG_WIDTH = 640;

/**
 * One chart of "Tổng quan": a click on a bar or slice opens its models, "Tải ảnh PNG" saves it at print
 * resolution, "Bảng số liệu" shows the same numbers as a table. Until `drawn`, its place is kept empty.
 */
export function ChartCard({ spec, drawn }: { spec: ChartSpec; drawn: boolean }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [showTable, setShowTable] = useState(false);
  const [saving, setSaving] = useState(false);
  const tableId = useId();

  const options = useMemo((): DashboardChartConfig['options'] => {
    const targetOf = (elements: ActiveElement[]) => {
      const element = elements[0];
      return element ? spec.target(element.datasetIndex, element.index) : null;
    };
    return {
      ...spec.config.options,
      responsive: true,
      maintainAspectRatio: false,
      onClick: (_event: ChartEvent, elements: ActiveElement[]) => {
        const target = targetOf(elements);
        if (target) navigate(modelListPath(target));
      },
      onHover: (_event: ChartEvent, elements: ActiveElement[], chart: ChartInstance) => {
        chart.canvas.style.cursor = targetOf(elements) ? 'pointer' : 'default';
      },
    };
  }, [spec, navigate]);

  const savePng = async () => {
    setSaving(true);
    try {
      const blob = await chartImage(spec, { width: PNG_WIDTH, title: spec.caption });
      download(blob, `${safeFileName(spec.caption)}.png`);
    } catch (error) {
      message.error(`Không tạo được ảnh: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card className={spec.wide ? 'chart-card chart-card-wide' : 'chart-card'} size="small">
      <div className="chart-card-head">
        <h3 className="chart-card-title">{spec.title}</h3>
        <Space wrap>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            loading={saving}
            disabled={spec.empty !== null}
            onClick={savePng}
          >
            Tải ảnh PNG
          </Button>
          <Button
            size="small"
            icon={<TableOutlined />}
            disabled={spec.empty !== null}
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            Bảng số liệu
          </Button>
        </Space>
      </div>
      {spec.empty !== null ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={spec.empty} />
      ) : (
        <>
          <div className="chart-canvas" style={{ height: spec.height }}>
            {drawn && (
              <Chart
                type={spec.config.type}
                data={spec.config.data}
                options={options}
                role="img"
                aria-label={`Biểu đồ: ${spec.caption}. Số liệu có trong “Bảng số liệu”.`}
              />
            )}
          </div>
          {showTable && <ChartTable spec={spec} id={tableId} />}
        </>
      )}
    </Card>
  );
}
