import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/contract/channels';

/** What a service provides for one channel: it receives input already validated by the contract. */
export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>;

export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlersFor<C extends ChannelName> = { [K in C]: Handler<K> };
