import { App, Button, Space } from 'antd';
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { call } from '../api/client';
import { errorMessage } from '../api/api-error';
import { useAppInfo } from '../api/queries/settings';

/**
 * "In" and "Xuất PDF" above a print view, hidden on paper. In the desktop app both go through the main
 * process (the system print dialog, printToPDF); in a browser the browser's own print does both.
 */
export function PrintToolbar({ fileName, landscape = false }: { fileName: string; landscape?: boolean }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const desktop = useAppInfo().data?.transport === 'electron';

  const print = async () => {
    await document.fonts.ready;
    if (!desktop) return window.print();
    try {
      await call('print.dialog');
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const savePdf = async () => {
    await document.fonts.ready;
    if (!desktop) {
      message.info('Trong hộp thoại In, chọn “Lưu dưới dạng PDF”.');
      return window.print();
    }
    try {
      const { path } = await call('print.savePdf', { fileName, landscape });
      if (path) message.success(`Đã lưu ${path}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <div className="print-toolbar">
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          Quay lại
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={print}>
          In
        </Button>
        <Button icon={<FilePdfOutlined />} onClick={savePdf}>
          Xuất PDF
        </Button>
      </Space>
    </div>
  );
}
