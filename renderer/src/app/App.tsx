import { Route, Routes } from 'react-router-dom';
import { CataloguesPage } from '../pages/catalogues/CataloguesPage';
import { CommendationsPage } from '../pages/commendations/CommendationsPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { EvaluationPage } from '../pages/evaluation/EvaluationPage';
import { RoundFormPage } from '../pages/evaluation/RoundFormPage';
import { RoundPage } from '../pages/evaluation/RoundPage';
import { ModelDetailPage } from '../pages/models/ModelDetailPage';
import { ModelFormPage } from '../pages/models/ModelFormPage';
import { ModelListPage } from '../pages/models/ModelListPage';
import { TrashPage } from '../pages/models/TrashPage';
import { PlaceholderPage } from '../layout/PlaceholderPage';
import { ReportsPage } from '../pages/reports/ReportsPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { PrintRoutes } from '../print/PrintRoutes';
import { AppShell } from './AppShell';
import { sections } from './navigation';

const built: Record<string, () => React.ReactElement> = {
  '/': DashboardPage,
  '/mo-hinh': ModelListPage,
  '/danh-gia': EvaluationPage,
  '/khen-thuong': CommendationsPage,
  '/bao-cao': ReportsPage,
  '/danh-muc': CataloguesPage,
  '/cai-dat': SettingsPage,
};

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/in/*" element={<PrintRoutes />} />
      <Route path="*" element={<ShellRoutes />} />
    </Routes>
  );
}

function ShellRoutes() {
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
        <Route path="/mo-hinh/dang-ky" element={<ModelFormPage key="create" mode="create" />} />
        <Route path="/mo-hinh/thung-rac" element={<TrashPage />} />
        <Route path="/mo-hinh/:year/:id" element={<ModelDetailPage />} />
        <Route path="/mo-hinh/:year/:id/sua" element={<ModelFormPage key="edit" mode="edit" />} />
        <Route path="/danh-gia/tao-dot" element={<RoundFormPage key="create" mode="create" />} />
        <Route path="/danh-gia/:year/:roundId" element={<RoundPage />} />
        <Route path="/danh-gia/:year/:roundId/sua" element={<RoundFormPage key="edit" mode="edit" />} />
        <Route path="*" element={<PlaceholderPage title="Không tìm thấy trang" />} />
      </Routes>
    </AppShell>
  );
}
