import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/contract/models';
import type { Attachment, Model, ModelRef } from '../../../shared/domain/model';
import { sanitizeFileName } from '../../../shared/text/file-name';
import type { Clock } from '../clock';
import type { HandlersFor } from '../handlers';
import { writeFileAtomic } from '../store/atomic-write';
import type { DataStore } from '../store/data-store';
import { modelNotFound } from './model-service';

export const ATTACHMENTS_DIR = 'attachments';

export interface AttachmentServiceDeps {
  store: DataStore;
  clock: Clock;
  /** Opens a file with the system's viewer; only the desktop app has one. */
  openFile?: (absolutePath: string) => Promise<void>;
}

/**
 * Files kept with a model, under `attachments/<model id>/<attachment id>`. The path on disk is built from
 * two UUIDs the contract has validated; the name the user gave is only ever shown, never used as a path.
 */
export function attachmentService({
  store,
  clock,
  openFile,
}: AttachmentServiceDeps): HandlersFor<
  'attachments.add' | 'attachments.read' | 'attachments.open' | 'attachments.remove'
> {
  const folder = (modelId: string) => join(store.dataDir, ATTACHMENTS_DIR, modelId);
  const filePath = (modelId: string, attachmentId: string) => join(folder(modelId), attachmentId);

  async function findAttachment(
    ref: ModelRef,
    attachmentId: string,
  ): Promise<{ model: Model; attachment: Attachment }> {
    const model = (await store.yearData(ref.year)).models.find((m) => m.id === ref.id);
    if (!model) throw modelNotFound();
    const attachment = model.attachments.find((a) => a.id === attachmentId);
    if (!attachment) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.');
    return { model, attachment };
  }

  async function saveAttachments(
    ref: ModelRef,
    change: (list: Attachment[]) => Attachment[],
  ): Promise<Model> {
    let saved: Model | undefined;
    await store.updateYear(ref.year, (data) => {
      const model = data.models.find((m) => m.id === ref.id);
      if (!model) throw modelNotFound();
      saved = { ...model, attachments: change(model.attachments), updatedAt: clock().toISOString() };
      return { ...data, models: data.models.map((m) => (m.id === ref.id ? saved! : m)) };
    });
    return saved!;
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
      const model = (await store.yearData(ref.year)).models.find((m) => m.id === ref.id);
      if (!model) throw modelNotFound();

      const attachment: Attachment = {
        id: randomUUID(),
        name: safeName,
        size: bytes.length,
        addedAt: clock().toISOString(),
      };
      await mkdir(folder(ref.id), { recursive: true });
      await writeFileAtomic(filePath(ref.id, attachment.id), bytes);
      try {
        return await saveAttachments(ref, (list) => [...list, attachment]);
      } catch (error) {
        await rm(filePath(ref.id, attachment.id), { force: true });
        throw error;
      }
    },

    'attachments.read': async ({ ref, attachmentId }) => {
      const { attachment } = await findAttachment(ref, attachmentId);
      const bytes = await readFile(filePath(ref.id, attachmentId)).catch(() => {
        throw new AppError('NOT_FOUND', `Tệp “${attachment.name}” không còn trong thư mục dữ liệu.`);
      });
      return { name: attachment.name, dataBase64: bytes.toString('base64') };
    },

    'attachments.open': async ({ ref, attachmentId }) => {
      await findAttachment(ref, attachmentId);
      if (!openFile) {
        throw new AppError(
          'CONFLICT',
          'Chỉ mở được tệp trong ứng dụng trên máy tính; ở đây hãy dùng “Tải về”.',
        );
      }
      await openFile(filePath(ref.id, attachmentId));
      return { opened: true as const };
    },

    'attachments.remove': async ({ ref, attachmentId }) => {
      await findAttachment(ref, attachmentId);
      const saved = await saveAttachments(ref, (list) => list.filter((a) => a.id !== attachmentId));
      await rm(filePath(ref.id, attachmentId), { force: true });
      return saved;
    },
  };
}

/** Removes a destroyed model's files. */
export async function removeModelAttachments(dataDir: string, modelId: string): Promise<void> {
  await rm(join(dataDir, ATTACHMENTS_DIR, modelId), { recursive: true, force: true });
}
