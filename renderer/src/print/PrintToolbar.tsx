import { App, Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { call } from '../api/client';
import { errorMessage } from '../api/api-error';
import { useAppInfo } from '../api/queries/settings';

/**
 * "In" and "Xuất PDF" above a print view, hidden on paper. In the desktop app both go through the main
 * process (the system print dialog, printToPDF); in a browser the browser's own print does both. While the
 * document is still being laid out (`ready` false) both wait, and `status` says how far it is.
 */
export function PrintToolbar({
  fileName,
  landscape = false,
  ready = true,
  status,
}: {
  fileName: string;
  landscape?: boolean;
  ready?: boolean;
  status?: ReactNode;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const desktop = useAppInfo().data?.transport === 'electron';
  const print = usePrint(landscape);

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
        <Button type="primary" icon={<PrinterOutlined />} onClick={print} disabled={!ready}>
          In
        </Button>
        <Button icon={<FilePdfOutlined />} onClick={savePdf} disabled={!ready}>
          Xuất PDF
        </Button>
        {status && (
          <Typography.Text type="secondary" aria-live="polite">
            {status}
          </Typography.Text>
        )}
      </Space>
    </div>
  );
}

/**
 * Prints the page as it is drawn for paper (its print styles): in the desktop app through the main process's
 * print dialog, in a browser through the browser's own.
 */
export function usePrint(landscape = false) {
  const { message } = App.useApp();
  const desktop = useAppInfo().data?.transport === 'electron';
  return async () => {
    await document.fonts.ready;
    if (!desktop) return window.print();
    try {
      await call('print.dialog', { landscape });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
}
