import { App, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';

type FolderChannel = 'app.openDataFolder' | 'app.openLogFolder';

/**
 * Opens one of the app's folders in Explorer and keeps its path for the card to show: on the desktop as
 * well, where the path is what the clerk copies into a message for help; the browser preview cannot open
 * folders and has only the path to give.
 */
export function useOpenFolder(channel: FolderChannel) {
  const { message } = App.useApp();
  const [path, setPath] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  const open = async () => {
    setOpening(true);
    try {
      setPath((await call(channel)).path);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setOpening(false);
    }
  };

  return { open, opening, path };
}

/** The folder `useOpenFolder` opened, once it has: "<label>: <path>", the path ready to copy. */
export function OpenedFolder({ label, path }: { label: string; path: string | null }) {
  if (!path) return null;
  return (
    <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
      {label}:{' '}
      <Typography.Text copyable code>
        {path}
      </Typography.Text>
    </Typography.Paragraph>
  );
}
