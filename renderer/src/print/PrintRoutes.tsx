import { Route, Routes } from 'react-router-dom';
import { DashboardPrintPage } from './DashboardPrintPage';
import { CommendationsPrintPage } from './CommendationsPrintPage';
import { PlaceholderPage } from '../layout/PlaceholderPage';
import { ScoreSheetsPrintPage } from './ScoreSheetsPrintPage';
import { SummaryPrintPage } from './SummaryPrintPage';
import './print.css';

/** Printed documents: full-window routes under /in/, outside the app's frame, so paper gets only the document. */
export function PrintRoutes() {
  return (
    <Routes>
      <Route path="phieu-cham-diem/:year/:roundId/:mode" element={<ScoreSheetsPrintPage />} />
      <Route path="bang-tong-hop/:year/:roundId" element={<SummaryPrintPage />} />
      <Route path="tong-quan/:year" element={<DashboardPrintPage />} />
      <Route path="khen-thuong/:year" element={<CommendationsPrintPage />} />
      <Route path="*" element={<PlaceholderPage title="Không tìm thấy văn bản để in" />} />
    </Routes>
  );
}
