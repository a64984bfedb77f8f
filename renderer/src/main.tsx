// The full files, not the per-subset ones: only they carry unicode-range, without which the Latin subset
// answers for every letter and "ũ", "ĩ" come out as a letter and a loose tilde.
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/tinos/400.css';
import '@fontsource/tinos/700.css';
import '@fontsource/tinos/400-italic.css';
// antd's styles as one prebuilt sheet (`zeroRuntime` below), before ours so that ours win a tie. Its rules read
// the theme from CSS variables, which antd still writes at run time from the tokens below.
import 'antd/dist/antd.css';
import './styles.css';
import '../../shared/contract/zod-locale';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { appLocale } from './a11y/locale';
import { quietIcons } from './a11y/quiet-icons';
import { AppRoutes, loadDashboardPage } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { logUncaughtErrors } from './app/error-report';
import { startFirstScreen } from './app/first-screen';

dayjs.locale('vi');

logUncaughtErrors();

/**
 * Data is local: no refetch on focus, and a refused call is an answer, not a network blip to retry. The
 * backend is on this machine, so the browser's "offline" (cable out, Wi-Fi lost) must not pause queries and
 * saves, which TanStack Query's default network mode would do, leaving them spinning without a word.
 */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
    mutations: { retry: false, networkMode: 'always' },
  },
});

await startFirstScreen(loadDashboardPage, queryClient);

// A data router, so a form with unsaved typing can hold a navigation (useBlocker); the pages keep their own
// <Routes> under one catch-all route.
const router = createHashRouter([
  {
    path: '*',
    element: (
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    ),
  },
]);

// The body, not the root: dialogs, menus and messages are drawn outside the root.
quietIcons(document.body);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={appLocale}
      // Dropdowns draw every option: a virtual list also keeps a hidden copy of the options for screen
      // readers that reads out each option's value (a record's id). Lists here hold at most a few hundred.
      virtual={false}
      theme={{
        // Building each component's styles as it first renders cost ~200 ms of the first screen.
        zeroRuntime: true,
        token: {
          fontFamily: "'Be Vietnam Pro', system-ui, sans-serif",
          // Blue for actions and focus; red stays for errors and for what deletes (danger buttons).
          colorPrimary: '#1d4f91',
          colorError: '#c62828',
          // Hints, placeholders and notes dark enough to read (WCAG AA, 4.5:1 on white).
          colorTextPlaceholder: '#707070',
          colorLink: '#1d4f91',
          colorTextDescription: '#5c5c5c',
          colorTextTertiary: '#5c5c5c',
          colorTextQuaternary: '#707070',
          borderRadius: 6,
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
