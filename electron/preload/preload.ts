import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type DvkBridge } from '../../shared/contract/bridge';
import { channelNames } from '../../shared/contract/channel-names';

/**
 * `window.dvk`: one function per contract channel, each bound to its own channel name. The page never holds
 * ipcRenderer nor a generic "invoke anything", so it can reach exactly the contract and nothing more.
 * Sandboxed preloads can import only `electron`; the two shared modules are inlined by esbuild (the bridge
 * module's imports are types only, so zod stays out).
 */
const bridge = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as DvkBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
