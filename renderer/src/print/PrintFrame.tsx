import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { Margins } from '../../../shared/domain/office-settings';
import { errorMessage } from '../api/api-error';
import { PageSetup } from './PageSetup';
import { PrintToolbar } from './PrintToolbar';

interface PrintFrameProps {
  fileName: string;
  landscape?: boolean;
  /** Page numbers on paper, top centre from page 2 (a list of several pages). */
  numbered?: boolean;
  /** The office's margins; null while the settings load. */
  margins: Margins | null;
  /** The document, or null while its data loads. */
  children: ReactNode | null;
  error?: unknown;
  /** False while a long document is still being laid out. */
  ready?: boolean;
  status?: ReactNode;
}

/**
 * What every print view has around its document: the toolbar, the paper, and a word while loading or when
 * the data could not be read. `data-ready` tells a test (or a PDF export) the document is complete.
 */
export function PrintFrame({
  fileName,
  landscape = false,
  numbered = false,
  margins,
  children,
  error,
  ready = true,
  status,
}: PrintFrameProps) {
  const complete = ready && !error && children !== null;
  return (
    <div className="print-root" data-ready={complete}>
      <PrintToolbar fileName={fileName} landscape={landscape} ready={complete} status={status} />
      {margins && <PageSetup margins={margins} landscape={landscape} numbered={numbered} />}
      {error ? (
        <Alert
          className="print-problem"
          type="error"
          showIcon
          title="Không lập được văn bản"
          description={errorMessage(error)}
        />
      ) : children === null ? (
        <div className="print-loading">
          <Spin description="Đang tải dữ liệu…" />
        </div>
      ) : (
        <div className="print-document">{children}</div>
      )}
    </div>
  );
}
