import type { Envelope } from '../../../shared/contract/errors';

/**
 * The messages between the Electron main process and the backend's utility process. The renderer's
 * contract is unchanged: main forwards each channel call with a request id and hands back the envelope.
 * What the backend needs from Electron comes in `start` (paths, the user's name) or is asked of main
 * (`openPath`: only main may open a file with Windows' program).
 */
export interface StartOptions {
  dataDir: string;
  version: string;
  actor: string;
  tempDir: string;
  /** Whether main can open files and folders (always in the desktop app; a test may say no). */
  canOpenPaths: boolean;
}

export type ToBackend =
  | { type: 'start'; options: StartOptions }
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'opened'; id: number; error: string | null }
  | { type: 'close' };

export type FromBackend =
  | { type: 'ready' }
  | { type: 'failed'; message: string; locked: boolean }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  | { type: 'openPath'; id: number; path: string }
  | { type: 'closed' };

/** One end of the link: Electron's UtilityProcess / parentPort, or an in-memory pair in tests. */
export interface Endpoint<Out, In> {
  send(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
