import type { ErrorCode } from '../../../shared/contract/errors';
import type { Clock } from '../clock';
import type { RotatingLog } from './rotating-log';

/**
 * What the office can send when something goes wrong: one line per channel call with its duration and
 * outcome, and every unexpected error with its stack. Never the user's input or data: only channel names,
 * error codes and the program's own messages.
 */
export interface Logger {
  call(channel: string, ms: number, outcome: 'ok' | ErrorCode): void;
  error(context: string, error: unknown): void;
  info(message: string): void;
}

export function createLogger(log: RotatingLog, clock: Clock): Logger {
  const stamp = () => clock().toISOString();
  return {
    call: (channel, ms, outcome) =>
      log.write(`${stamp()} ${outcome === 'ok' ? 'INFO ' : 'WARN '} ${channel} ${ms} ms ${outcome}`),
    error: (context, error) =>
      log.write(`${stamp()} ERROR ${oneLine(context)}\n${indent(describeError(error))}`),
    info: (message) => log.write(`${stamp()} INFO  ${oneLine(message)}`),
  };
}

/** The stack when there is one (it starts with the message), else the value itself. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** A context is one line, so a reader (or grep) can tell where each entry starts. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').slice(0, 500);
}

function indent(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `    ${line}`)
    .join('\n');
}
