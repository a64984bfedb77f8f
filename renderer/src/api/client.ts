import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/channels';
import { ApiError } from './api-error';
import { detectTransport } from './transport';

const transport = detectTransport();

type Args<C extends ChannelName> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

/**
 * Reads asked for ahead of the page that needs them, by channel and input, until that page asks; only for
 * the address they were asked at. Once the app has left it (the first screen was left before it asked, or
 * its filter changed), they are dropped: data changed meanwhile, so a later visit must ask again.
 */
const early = new Map<string, Promise<unknown>>();
let earlyAddress = '';
const earlyKey = (channel: ChannelName, input: unknown) => `${channel} ${JSON.stringify(input ?? null)}`;
/** The address in the hash, "#/" and "" alike: the router may write the one where the app opened on the other. */
const address = () => window.location.hash.replace(/^#?\/?/, '/');

/** The typed client: one call per contract channel, resolving to its output or throwing `ApiError`. */
export function call<C extends ChannelName>(channel: C, ...args: Args<C>): Promise<OutputOf<C>> {
  if (early.size > 0) {
    if (address() !== earlyAddress) early.clear();
    const key = earlyKey(channel, args[0]);
    const answer = early.get(key);
    if (answer) {
      early.delete(key);
      return answer as Promise<OutputOf<C>>;
    }
  }
  return ask(channel, args[0]);
}

/**
 * Asks for a read as the app starts, before the page that needs it is drawn: the first `call` of the same
 * channel and input at the same address takes this answer instead of asking again, so the backend is asked
 * once.
 */
export function callEarly<C extends ChannelName>(channel: C, ...args: Args<C>): Promise<OutputOf<C>> {
  const answer = ask(channel, args[0]);
  // One asked after the app left (the figures wait for the settings) does not keep those asked before alive.
  if (address() !== earlyAddress) early.clear();
  earlyAddress = address();
  early.set(earlyKey(channel, args[0]), answer);
  // A refusal is told to the page's own call, which takes this answer; nothing is left unhandled meanwhile.
  answer.catch(() => undefined);
  return answer;
}

async function ask<C extends ChannelName>(channel: C, input: unknown): Promise<OutputOf<C>> {
  const envelope = await transport(channel, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.data as OutputOf<C>;
}
