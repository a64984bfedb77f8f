import { createBackend, type Backend, type BackendOptions } from '../../electron/backend/backend';
import { contract, type ChannelName, type InputOf, type OutputOf } from '../../shared/contract/channels';
import type { AppErrorData, Envelope } from '../../shared/contract/errors';
import { manualClock } from './temp-dir';

/**
 * The real backend on a real folder, as the preview runs it, with a clock the test controls. The journal is
 * compacted at close only (the store's own tests cover the idle and size triggers), so no timer rewrites a
 * file while a test compares the folder before and after a call.
 */
export function openBackend(
  dataDir: string,
  clock: () => Date = manualClock().now,
  more: Pick<BackendOptions, 'watchJobs'> = {},
): Promise<Backend> {
  return createBackend({
    dataDir,
    clock,
    version: '0.0.0-test',
    transport: 'http',
    actor: 'chuyenvien',
    compaction: { idleMs: 24 * 3600_000 },
    ...more,
  });
}

/** A channel's input as the renderer sends it; channels that take none are called without one. */
export type InputArgs<C extends ChannelName> =
  undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

/**
 * Calls a channel with its contract's input type and returns its data, typed by the contract and checked
 * against the channel's output schema, so a service answering more or less than the contract fails the test.
 * A refusal fails the test with the backend's message.
 */
export async function ok<C extends ChannelName>(
  backend: Backend,
  channel: C,
  ...[input]: InputArgs<C>
): Promise<OutputOf<C>> {
  const answer = await backend.handle(channel, input);
  if (!answer.ok) throw new Error(`${channel} bị từ chối: ${answer.error.code} ${answer.error.message}`);
  const checked = contract[channel].output.safeParse(answer.data);
  if (!checked.success) {
    throw new Error(
      `${channel} trả lời sai hợp đồng: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return answer.data as OutputOf<C>;
}

/**
 * Calls a channel that must refuse, and returns the error. The input is deliberately untyped: refusals are
 * often about input the contract would not let a typed caller write.
 */
export async function refused(
  backend: Backend,
  channel: ChannelName,
  input?: unknown,
): Promise<AppErrorData> {
  const answer = (await backend.handle(channel, input)) as Envelope<unknown>;
  if (answer.ok) throw new Error(`${channel} lẽ ra phải bị từ chối`);
  return answer.error;
}

/** Calls a channel and answers its envelope as is, for races where either side may win. */
export async function settle<C extends ChannelName>(
  backend: Backend,
  channel: C,
  ...[input]: InputArgs<C>
): Promise<Envelope<OutputOf<C>>> {
  return (await backend.handle(channel, input)) as Envelope<OutputOf<C>>;
}
