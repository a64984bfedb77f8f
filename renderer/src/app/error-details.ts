import type { ErrorReport } from '../../../shared/contract/app';

type Source = ErrorReport['source'];

/** The message and stack of anything thrown, cut to what the log channel accepts. */
export function errorReport(source: Source, error: unknown, route: string): ErrorReport {
  const message = error instanceof Error ? error.message || error.name : safeString(error);
  const stack = error instanceof Error ? error.stack : undefined;
  return {
    source,
    message: message.slice(0, 2_000),
    ...(stack ? { stack: stack.slice(0, 20_000) } : {}),
    route: route.slice(0, 300),
  };
}

/**
 * The text "Sao chép chi tiết" puts on the clipboard, for the office to paste into a message to whoever
 * supports them: what failed, where, in which version, and the stack.
 */
export function errorDetailsText({
  error,
  componentStack,
  route,
  agent,
  time,
}: {
  error: unknown;
  componentStack?: string | null;
  route: string;
  /** The user agent: in the desktop app it names the app's and Electron's versions. */
  agent: string;
  time: Date;
}): string {
  const report = errorReport('render', error, route);
  return [
    'Dân vận khéo',
    `Phiên bản: ${agent}`,
    `Thời điểm: ${time.toISOString()}`,
    `Màn hình: ${route || '/'}`,
    `Lỗi: ${report.message}`,
    '',
    report.stack ?? '',
    componentStack ? `\nThành phần:${componentStack}` : '',
  ]
    .join('\n')
    .trim();
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}
