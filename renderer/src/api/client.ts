import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/channels';
import type { Envelope } from '../../../shared/contract/errors';
import { ApiError } from './api-error';
import { received, transport } from './transport';
import type { Arrival } from './wire';

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
  return keepEarly(channel, args[0], ask(channel, args[0]));
}

/**
 * Takes over a read the page's first script already sent (`first-requests.ts`), as `callEarly(channel,
 * input)` would have sent it. `fits` says whether its answer is the one asked for: a read sent without its
 * input (the year in use's figures) may answer for another; then the backend is asked again, with `input`.
 */
export function takeEarly<C extends ChannelName>(
  channel: C,
  input: InputOf<C> | undefined,
  arrival: Promise<Arrival>,
  fits: (answer: OutputOf<C>) => boolean = () => true,
): Promise<OutputOf<C>> {
  const answer = opened<C>(received(arrival)).then((data) => (fits(data) ? data : ask(channel, input)));
  return keepEarly(channel, input, answer);
}

function keepEarly<C extends ChannelName>(
  channel: C,
  input: unknown,
  answer: Promise<OutputOf<C>>,
): Promise<OutputOf<C>> {
  // One asked after the app left (the figures wait for the settings) does not keep those asked before alive.
  if (address() !== earlyAddress) early.clear();
  earlyAddress = address();
  early.set(earlyKey(channel, input), answer);
  // A refusal is told to the page's own call, which takes this answer; nothing is left unhandled meanwhile.
  answer.catch(() => undefined);
  return answer;
}

function ask<C extends ChannelName>(channel: C, input: unknown): Promise<OutputOf<C>> {
  return opened<C>(transport(channel, input));
}

async function opened<C extends ChannelName>(envelope: Promise<Envelope<unknown>>): Promise<OutputOf<C>> {
  const answer = await envelope;
  if (!answer.ok) throw new ApiError(answer.error);
  return answer.data as OutputOf<C>;
}
