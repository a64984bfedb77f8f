import { mkdir } from 'node:fs/promises';
import type { HandlersFor } from '../handlers';
import type { Logger } from './logger';

export interface LogServiceDeps {
  logger: Logger;
  dataDir: string;
  logsDir: string;
  /** Opens a folder in Explorer; only the desktop app has one. */
  openPath?: (absolutePath: string) => Promise<void>;
}

/**
 * The page's errors go to the same log as the backend's; "Mở thư mục nhật ký" and "Mở thư mục dữ liệu" show
 * where the logs and the data are (in Explorer on the desktop; the preview answers the path for the page).
 */
export function logService({
  logger,
  dataDir,
  logsDir,
  openPath,
}: LogServiceDeps): HandlersFor<'app.reportError' | 'app.openLogFolder' | 'app.openDataFolder'> {
  const show = async (folder: string) => {
    if (!openPath) return { path: folder, opened: false };
    // Explorer cannot open a folder that does not exist yet (nothing logged so far).
    await mkdir(folder, { recursive: true });
    await openPath(folder);
    return { path: folder, opened: true };
  };
  return {
    'app.reportError': ({ source, message, stack, route }) => {
      const error = Object.assign(new Error(message), { stack: stack ?? message });
      logger.error(`renderer ${source}${route ? ` ${route}` : ''}`, error);
      return { logged: true as const };
    },
    'app.openLogFolder': () => show(logsDir),
    'app.openDataFolder': () => show(dataDir),
  };
}
