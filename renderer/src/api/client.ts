import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/channels';
import { ApiError } from './api-error';
import { detectTransport } from './transport';

const transport = detectTransport();

/** The typed client: one call per contract channel, resolving to its output or throwing `ApiError`. */
export async function call<C extends ChannelName>(
  channel: C,
  ...args: undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]
): Promise<OutputOf<C>> {
  const envelope = await transport(channel, args[0]);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as OutputOf<C>;
}
