import { Route, Routes } from 'react-router-dom';
import { PlaceholderPage } from '../pages/placeholder/PlaceholderPage';
import './print.css';

/** Printed documents: full-window routes under /in/, outside the app's frame, so paper gets only the document. */
export function PrintRoutes() {
  return (
    <Routes>
      <Route path="*" element={<PlaceholderPage title="Không tìm thấy văn bản để in" />} />
    </Routes>
  );
}
