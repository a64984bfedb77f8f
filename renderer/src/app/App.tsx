import { Route, Routes } from 'react-router-dom';
import { PlaceholderPage } from '../pages/placeholder/PlaceholderPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { AppShell } from './AppShell';
import { sections } from './navigation';

const built: Record<string, () => React.ReactElement> = {
  '/cai-dat': SettingsPage,
};

export function AppRoutes() {
  return (
    <AppShell>
      <Routes>
        {sections.map((s) => {
          const Page = built[s.path];
          return (
            <Route
              key={s.path}
              path={s.path}
              element={Page ? <Page /> : <PlaceholderPage title={s.label} />}
            />
          );
        })}
        <Route path="*" element={<PlaceholderPage title="Không tìm thấy trang" />} />
      </Routes>
    </AppShell>
  );
}
