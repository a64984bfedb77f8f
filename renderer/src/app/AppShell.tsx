import { Alert, Layout, Menu } from 'antd';
import { errorMessage } from '../api/api-error';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSettings } from '../api/queries/settings';
import { ErrorBoundary } from './ErrorBoundary';
import { sectionOf, sections } from './navigation';
import { StorageProblemsBanner } from './StorageProblemsBanner';
import { UserNamePrompt } from './UserNamePrompt';

/** The window's frame: the sidebar of sections, the office's name, and the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const settings = useSettings();
  const current = sectionOf(location.pathname);
  const office = [settings.data?.orgName, settings.data?.parentName].filter(Boolean).join(' – ');

  return (
    <Layout className="app-shell">
      <Layout.Sider width={220} theme="light" className="app-sider">
        <div className="app-brand">
          <div className="app-brand-name">Dân vận khéo</div>
          {office && <div className="app-brand-office">{office}</div>}
        </div>
        <nav aria-label="Điều hướng chính">
          <Menu
            mode="inline"
            // The sidebar never collapses, so the tooltip antd makes for each item would never show.
            tooltip={false}
            selectedKeys={current ? [current] : []}
            items={sections.map((s) => ({ key: s.path, icon: s.icon, label: s.label }))}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
        <UserNamePrompt />
      </Layout.Sider>
      <Layout>
        <Layout.Content className="app-content">
          {settings.isError && (
            <Alert
              type="error"
              showIcon
              className="storage-problems"
              title="Không tải được dữ liệu"
              description={errorMessage(settings.error)}
            />
          )}
          <StorageProblemsBanner />
          {/* A screen that fails to draw leaves the menu working; choosing another screen tries again. */}
          <ErrorBoundary resetKey={location.pathname}>{children}</ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
