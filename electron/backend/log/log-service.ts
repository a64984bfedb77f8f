import { mkdir } from 'node:fs/promises';
import type { HandlersFor } from '../handlers';
import type { Logger } from './logger';

export interface LogServiceDeps {
  logger: Logger;
  logsDir: string;
  /** Opens a folder in Explorer; only the desktop app has one. */
  openPath?: (absolutePath: string) => Promise<void>;
}

/** The page's errors go to the same log as the backend's; "Mở thư mục nhật ký" shows where it is. */
export function logService({
  logger,
  logsDir,
  openPath,
}: LogServiceDeps): HandlersFor<'app.reportError' | 'app.openLogFolder'> {
  return {
    'app.reportError': ({ source, message, stack, route }) => {
      const error = Object.assign(new Error(message), { stack: stack ?? message });
      logger.error(`renderer ${source}${route ? ` ${route}` : ''}`, error);
      return { logged: true as const };
    },
    'app.openLogFolder': async () => {
      if (!openPath) return { path: logsDir, opened: false };
      // Explorer cannot open a folder that does not exist yet (nothing logged so far).
      await mkdir(logsDir, { recursive: true });
      await openPath(logsDir);
      return { path: logsDir, opened: true };
    },
  };
}
