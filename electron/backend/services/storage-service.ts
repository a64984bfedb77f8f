import type { StorageStatus } from '../../../shared/contract/storage';
import type { DataStore } from '../store/data-store';
import { goodBackupFinder } from '../store/good-backup';
import type { HandlersFor } from '../handlers';
import type { Jobs } from '../jobs';
import { reviveAttachments } from './attachment-files';
import { exportBackupFile, previewBackupFile, restoreBackupFile } from './backup-file';

type StorageChannels =
  | 'storage.status'
  | 'storage.dismissProblems'
  | 'backups.create'
  | 'backups.restore'
  | 'storage.exportBackup'
  | 'storage.previewBackupFile'
  | 'storage.restoreBackupFile';

export function storageService(store: DataStore, version: string, jobs: Jobs): HandlersFor<StorageChannels> {
  const goodBackup = goodBackupFinder(store.backups);
  const status = async (): Promise<StorageStatus> => {
    // The first answer waits for the check of the year files not opened yet (once, in the background).
    await store.checkYears();
    return {
      dataDir: store.dataDir,
      problems: await Promise.all(
        store.problems.map(async (p) => ({
          ...p,
          backup: p.kind === 'newer' ? null : await goodBackup(p.file, p.at),
        })),
      ),
      backups: await store.backups.list(),
    };
  };
  return {
    'storage.status': status,
    'storage.dismissProblems': async () => {
      await store.dismissProblems();
      return status();
    },
    'backups.create': async () => {
      await store.backups.createNamed('manual');
      return status();
    },
    'backups.restore': async ({ id }) => {
      await store.restore(id);
      await reviveAttachments(store);
      return status();
    },
    'storage.exportBackup': () => exportBackupFile(store, version),
    // Both followed as job `jobId` when the page sends one: cancelled before the restore starts writing.
    'storage.previewBackupFile': ({ fileName, dataBase64, jobId }) =>
      jobs.run(jobId, ({ progress }) =>
        previewBackupFile(store, version, fileName, Buffer.from(dataBase64, 'base64'), progress),
      ),
    'storage.restoreBackupFile': ({ fileName, dataBase64, jobId }) =>
      jobs.run(jobId, async (job) => {
        await restoreBackupFile(store, version, fileName, Buffer.from(dataBase64, 'base64'), job);
        await reviveAttachments(store);
        return status();
      }),
  };
}
