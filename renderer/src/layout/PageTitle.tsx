import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The heading of every screen, the same size and place on each. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={2} className="page-title">
      {children}
    </Typography.Title>
  );
}
