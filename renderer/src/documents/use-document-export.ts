import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { InputOf } from '../../../shared/contract/channels';
import { errorMessage } from '../api/api-error';
import { call } from '../api/client';
import { saveBuiltFile, type SavedFile } from './save-built-file';

export type BuildInput = InputOf<'documents.build'>;

/**
 * "Xuất Word", "Xuất Excel": builds the file on the backend (the window stays responsive meanwhile), then
 * saves it. `busy` names the action under way, for its button's spinner; `saved` is the last file written.
 * `prepare` runs first, for what only the window can make (the report's chart images).
 */
export function useDocumentExport() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);

  const run = useCallback(
    async (key: string, input: BuildInput, prepare?: () => Promise<Partial<BuildInput>>) => {
      setBusy(key);
      message.open({ key: 'document-export', type: 'loading', content: 'Đang tạo tệp…', duration: 0 });
      try {
        const file = await call('documents.build', { ...input, ...(prepare ? await prepare() : {}) });
        const result = await saveBuiltFile(file);
        if (result) {
          setSaved(result);
          message.open({
            key: 'document-export',
            type: 'success',
            content: result.path
              ? `Đã lưu tệp “${result.fileName}”.`
              : `Đã tải tệp “${result.fileName}” về máy.`,
          });
        } else {
          message.destroy('document-export');
        }
      } catch (error) {
        message.open({ key: 'document-export', type: 'error', content: errorMessage(error), duration: 8 });
      } finally {
        setBusy(null);
      }
    },
    [message],
  );
  return { run, busy, saved };
}
