import type { ChannelName, InputOf, OutputOf } from './channels';
import type { Envelope } from './errors';

/**
 * What the preload exposes as `window.dvk`: one function per contract channel, nothing generic.
 * Each answers the same envelope as the HTTP transport.
 */
export type DvkBridge = { [C in ChannelName]: (input: InputOf<C>) => Promise<Envelope<OutputOf<C>>> };

export const BRIDGE_KEY = 'dvk';
