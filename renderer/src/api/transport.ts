import type { ChannelName } from '../../../shared/contract/channel-names';
import { envelopeSchema, type Envelope } from '../../../shared/contract/errors';
import { send, type Arrival, type UploadProgress } from './wire';

export { isDesktopApp } from './wire';

type Transport = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;

const uploads = new Map<string, UploadProgress>();

/**
 * Has `progress` hear how much of job `jobId`'s file has gone to the preview, over HTTP: the call that carries
 * it (`dataBase64`, with the job's id) takes seconds for a large file, while the backend has nothing to report.
 * In the desktop app the file goes over IPC at once and nothing is heard. Answers the function that stops it.
 */
export function followUpload(jobId: string, progress: UploadProgress): () => void {
  uploads.set(jobId, progress);
  return () => uploads.delete(jobId);
}

/** The upload followed for a call's input: one that carries a file for a followed job. */
function uploadOf(input: unknown): UploadProgress | undefined {
  const { jobId, dataBase64 } = (input ?? {}) as { jobId?: unknown; dataBase64?: unknown };
  return typeof jobId === 'string' && typeof dataBase64 === 'string' ? uploads.get(jobId) : undefined;
}

/** Sends a call (`wire.ts`) and checks what comes back. */
export const transport: Transport = (channel, input) => received(send(channel, input, uploadOf(input)));

/** The envelope of a call's answer: the bridge's as the main process built it; the preview's once checked. */
export async function received(arrival: Promise<Arrival>): Promise<Envelope<unknown>> {
  const answer = await arrival;
  if (answer === 'offline') {
    return offline(
      'Không kết nối được với máy chủ của ứng dụng. Hãy kiểm tra cửa sổ đang chạy "npm run preview".',
    );
  }
  if (answer.status === null) return answer.body as Envelope<unknown>;
  const parsed = envelopeSchema.safeParse(answer.body);
  if (!parsed.success) return offline(`Máy chủ trả lời không đúng định dạng (mã ${answer.status}).`);
  return parsed.data;
}

function offline(message: string): Envelope<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}
