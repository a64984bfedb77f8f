import { Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';

/**
 * Holds a page while its code loads: charts, printing, evaluation and reports are separate files fetched on
 * first use, so the first screen starts without them. Usually a few milliseconds; the spinner says why if not.
 */
export function PageLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="page-loading" role="status">
          <Spin description="Đang tải trang…" />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
