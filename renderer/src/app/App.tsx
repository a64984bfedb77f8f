import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PageLoading } from '../layout/PageLoading';
import { NotFoundPage } from '../layout/NotFoundPage';
import { AppShell } from './AppShell';

/**
 * A page whose code (and what only it uses: chart.js, the print styles, the score grid) is fetched the first
 * time it is shown, so the first screen waits only for the frame and "Tổng quan".
 */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

/**
 * The first screen's code, also asked for as the app starts (`startFirstScreen`). Once it is here the page is
 * drawn at once: a lazy component draws its fallback first, even for code already loaded.
 */
let loadedDashboardPage: ComponentType | undefined;
export const loadDashboardPage = async () =>
  (loadedDashboardPage = (await import('../pages/dashboard/DashboardPage')).DashboardPage);
const LazyDashboardPage = onDemand(loadDashboardPage);
function DashboardPage() {
  const Page = loadedDashboardPage ?? LazyDashboardPage;
  return <Page />;
}
const EvaluationPage = onDemand(
  async () => (await import('../pages/evaluation/EvaluationPage')).EvaluationPage,
);
const RoundFormPage = onDemand(async () => (await import('../pages/evaluation/RoundFormPage')).RoundFormPage);
const RoundPage = onDemand(async () => (await import('../pages/evaluation/RoundPage')).RoundPage);
const ReportsPage = onDemand(async () => (await import('../pages/reports/ReportsPage')).ReportsPage);
const CataloguesPage = onDemand(
  async () => (await import('../pages/catalogues/CataloguesPage')).CataloguesPage,
);
const CommendationsPage = onDemand(
  async () => (await import('../pages/commendations/CommendationsPage')).CommendationsPage,
);
const ModelDetailPage = onDemand(
  async () => (await import('../pages/models/ModelDetailPage')).ModelDetailPage,
);
const ModelFormPage = onDemand(async () => (await import('../pages/models/ModelFormPage')).ModelFormPage);
const ModelListPage = onDemand(async () => (await import('../pages/models/ModelListPage')).ModelListPage);
const TrashPage = onDemand(async () => (await import('../pages/models/TrashPage')).TrashPage);
const SettingsPage = onDemand(async () => (await import('../pages/settings/SettingsPage')).SettingsPage);
const GuidePage = onDemand(async () => (await import('../pages/help/GuidePage')).GuidePage);
const PrintRoutes = onDemand(async () => (await import('../print/PrintRoutes')).PrintRoutes);

/** The page of each section of the sidebar (`navigation.tsx`), by its path. */
const sectionPages: Record<string, ComponentType> = {
  '/': DashboardPage,
  '/mo-hinh': ModelListPage,
  '/danh-gia': EvaluationPage,
  '/khen-thuong': CommendationsPage,
  '/bao-cao': ReportsPage,
  '/danh-muc': CataloguesPage,
  '/cai-dat': SettingsPage,
  '/huong-dan': GuidePage,
};

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/in/*"
        element={
          <PageLoading>
            <PrintRoutes />
          </PageLoading>
        }
      />
      <Route path="*" element={<ShellRoutes />} />
    </Routes>
  );
}

function ShellRoutes() {
  return (
    <AppShell>
      <PageLoading>
        <Routes>
          {Object.entries(sectionPages).map(([path, Page]) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="/mo-hinh/dang-ky" element={<ModelFormPage key="create" mode="create" />} />
          <Route path="/mo-hinh/thung-rac" element={<TrashPage />} />
          <Route path="/mo-hinh/:year/:id" element={<ModelDetailPage />} />
          <Route path="/mo-hinh/:year/:id/sua" element={<ModelFormPage key="edit" mode="edit" />} />
          <Route path="/danh-gia/tao-dot" element={<RoundFormPage key="create" mode="create" />} />
          <Route path="/danh-gia/:year/:roundId" element={<RoundPage />} />
          <Route path="/danh-gia/:year/:roundId/sua" element={<RoundFormPage key="edit" mode="edit" />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </PageLoading>
    </AppShell>
  );
}
