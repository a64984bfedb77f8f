import { Route, Routes } from 'react-router-dom';
import { DashboardPrintPage } from './DashboardPrintPage';
import { NotFoundPage } from '../layout/NotFoundPage';
import { ScoreSheetsPrintPage } from './ScoreSheetsPrintPage';
import { ListPrintPage } from './ListPrintPage';
import { RegistrationPrintPage } from './RegistrationPrintPage';
import './print.css';

/** Printed documents: full-window routes under /in/, outside the app's frame, so paper gets only the document. */
export function PrintRoutes() {
  return (
    <Routes>
      <Route path="phieu-cham-diem/:year/:roundId/:mode" element={<ScoreSheetsPrintPage />} />
      <Route path="bang-tong-hop/:year/:roundId" element={<ListPrintPage kind="round-summary" />} />
      <Route path="tong-quan/:year" element={<DashboardPrintPage />} />
      <Route path="khen-thuong/:year" element={<ListPrintPage kind="commendations" />} />
      <Route path="cong-nhan/:year" element={<ListPrintPage kind="recognised" />} />
      <Route path="danh-sach-mo-hinh/:year" element={<ListPrintPage kind="models" />} />
      <Route path="phieu-dang-ky/:year/:id" element={<RegistrationPrintPage />} />
      <Route path="*" element={<NotFoundPage title="Không tìm thấy văn bản để in" />} />
    </Routes>
  );
}
