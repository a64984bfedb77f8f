import { createBackend, type Backend } from '../../electron/backend/backend';
import type { Envelope } from '../../shared/contract/errors';
import { manualClock } from './temp-dir';

/** The real backend on a real folder, as the preview runs it, with a clock the test controls. */
export function openBackend(dataDir: string, clock: () => Date = manualClock().now): Promise<Backend> {
  return createBackend({ dataDir, clock, version: '0.0.0-test', transport: 'http', actor: 'chuyenvien' });
}

/** Calls a channel and returns its data, failing the test with the backend's message on a refusal. */
export async function ok<T = unknown>(backend: Backend, channel: string, input?: unknown): Promise<T> {
  const answer = (await backend.handle(channel, input)) as Envelope<T>;
  if (!answer.ok) throw new Error(`${channel} bị từ chối: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

/** Calls a channel that must refuse, and returns the error. */
export async function refused(backend: Backend, channel: string, input?: unknown) {
  const answer = await backend.handle(channel, input);
  if (answer.ok) throw new Error(`${channel} lẽ ra phải bị từ chối`);
  return answer.error;
}
