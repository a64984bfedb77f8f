import type { ReactNode } from 'react';
import {
  AppstoreOutlined,
  AuditOutlined,
  DashboardOutlined,
  FileTextOutlined,
  QuestionCircleOutlined,
  SettingOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';

export interface Section {
  path: string;
  label: string;
  icon: ReactNode;
}

/** The sidebar, in the order the office works through a year. */
export const sections: Section[] = [
  { path: '/', label: 'Tổng quan', icon: <DashboardOutlined /> },
  { path: '/mo-hinh', label: 'Mô hình', icon: <UnorderedListOutlined /> },
  { path: '/danh-gia', label: 'Đánh giá', icon: <AuditOutlined /> },
  { path: '/khen-thuong', label: 'Khen thưởng', icon: <TrophyOutlined /> },
  { path: '/bao-cao', label: 'Báo cáo', icon: <FileTextOutlined /> },
  { path: '/danh-muc', label: 'Danh mục', icon: <AppstoreOutlined /> },
  { path: '/cai-dat', label: 'Cài đặt', icon: <SettingOutlined /> },
  { path: '/huong-dan', label: 'Hướng dẫn', icon: <QuestionCircleOutlined /> },
];

/**
 * The section an address belongs to, for the sidebar to highlight: "Tổng quan" only at "/", another section
 * at its path and below it; none for an address no section holds (the not-found page).
 */
export function sectionOf(pathname: string): string | undefined {
  return sections.find((s) =>
    s.path === '/' ? pathname === '/' : pathname === s.path || pathname.startsWith(`${s.path}/`),
  )?.path;
}
