import type { ErrorReport } from '../../../shared/contract/app';
import { call } from '../api/client';
import { errorReport } from './error-details';

type Source = ErrorReport['source'];

/** Sends a page error to the log; a log that cannot be reached must not raise a second error. */
export function reportToLog(source: Source, error: unknown): void {
  call('app.reportError', errorReport(source, error, window.location.hash)).catch(() => undefined);
}

/** Errors nobody caught (a promise without a catch, an event handler that threw) still reach the log. */
export function logUncaughtErrors(): void {
  window.addEventListener('unhandledrejection', (event) => reportToLog('unhandled-rejection', event.reason));
  window.addEventListener('error', (event) => reportToLog('window-error', event.error ?? event.message));
}
