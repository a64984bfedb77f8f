import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/contract/models';
import { addAttachment, findAttachment, removeAttachment } from '../../../shared/domain/commands/models';
import type { Attachment, ModelRef } from '../../../shared/domain/model';
import { sanitizeFileName } from '../../../shared/text/file-name';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import { writeFileAtomic } from '../store/atomic-write';
import type { DataStore } from '../store/data-store';
import type { CommandRunner } from './command-runner';
import { ATTACHMENTS_DIR, attachmentKey, setAsideAttachment } from './attachment-files';

export interface AttachmentServiceDeps {
  store: DataStore;
  commands: CommandRunner;
  clock: Clock;
  /** Opens a stored file, under the name the user gave it, with the system's viewer; only the desktop app has one. */
  openFile?: (absolutePath: string, name: string) => Promise<unknown>;
  /**
   * The files being added (`attachmentKey`): on disk before the change that lists them is committed, so the
   * sweep of unlisted files (`sweepOrphanAttachments`) leaves them be.
   */
  adding: Set<string>;
}

/**
 * Files kept with a model, under `attachments/<model id>/<attachment id>`. The path on disk is built from
 * two UUIDs the contract has validated; the name the user gave is only ever shown, never used as a path.
 */
export function attachmentService({
  store,
  commands,
  clock,
  openFile,
  adding,
}: AttachmentServiceDeps): HandlersFor<
  'attachments.add' | 'attachments.read' | 'attachments.open' | 'attachments.remove'
> {
  const folder = (modelId: string) => join(store.dataDir, ATTACHMENTS_DIR, modelId);
  const filePath = (modelId: string, attachmentId: string) => join(folder(modelId), attachmentId);

  /** The attachment as stored now (read outside the write queue: only reading follows). */
  async function storedAttachment(ref: ModelRef, attachmentId: string): Promise<Attachment> {
    const data = await store.yearData(ref.year);
    return findAttachment({ year: () => data }, ref, attachmentId);
  }

  return {
    'attachments.add': async ({ ref, name, dataBase64 }) => {
      const safeName = sanitizeFileName(name);
      if (!safeName) {
        throw new AppError(
          'VALIDATION',
          'Tên tệp không hợp lệ: không được chứa đường dẫn hoặc tên dành riêng của Windows.',
          [{ path: ['name'], message: 'Tên tệp không hợp lệ.' }],
        );
      }
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length > MAX_ATTACHMENT_BYTES)
        throw new AppError('VALIDATION', 'Tệp đính kèm không được lớn hơn 50 MB.');
      const { now, newId } = commands.context();
      const attachment: Attachment = { id: newId(), name: safeName, size: bytes.length, addedAt: now };
      const key = attachmentKey(ref.id, attachment.id);
      adding.add(key);
      try {
        await mkdir(folder(ref.id), { recursive: true });
        await writeFileAtomic(filePath(ref.id, attachment.id), bytes);
        return await commands.run([ref.year], (state, ctx) => addAttachment(state, { ref, attachment }, ctx));
      } catch (error) {
        await rm(filePath(ref.id, attachment.id), { force: true });
        throw error;
      } finally {
        adding.delete(key);
      }
    },

    'attachments.read': async ({ ref, attachmentId }) => {
      const attachment = await storedAttachment(ref, attachmentId);
      const bytes = await readFile(filePath(ref.id, attachmentId)).catch(() => {
        throw new AppError('NOT_FOUND', `Tệp “${attachment.name}” không còn trong thư mục dữ liệu.`);
      });
      return { name: attachment.name, dataBase64: bytes.toString('base64') };
    },

    'attachments.open': async ({ ref, attachmentId }) => {
      const attachment = await storedAttachment(ref, attachmentId);
      if (!openFile) {
        throw new AppError(
          'CONFLICT',
          'Chỉ mở được tệp trong ứng dụng trên máy tính; ở đây hãy dùng “Tải về”.',
        );
      }
      await openFile(filePath(ref.id, attachmentId), attachment.name);
      return { opened: true as const };
    },

    'attachments.remove': async ({ ref, attachmentId }) => {
      const saved = await commands.run([ref.year], (state, ctx) =>
        removeAttachment(state, { ref, attachmentId }, ctx),
      );
      // Kept aside while a backup may list it, so that restoring the backup is whole.
      await setAsideAttachment(store.dataDir, ref.id, attachmentId, clock);
      return saved;
    },
  };
}
