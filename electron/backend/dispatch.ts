import { contract, type ChannelName } from '../../shared/contract/channels';
import { isChannelName } from '../../shared/contract/channel-names';
import { AppError, validationError, type Envelope } from '../../shared/contract/errors';
import type { Handler, Handlers } from './handlers';
import { isDiskError, writeFailed } from './store/disk-errors';

/** Where a failure that is not a refusal (a bug, a disk error) goes with its stack: the log, or the console. */
export type UnexpectedErrorSink = (channel: string, error: unknown) => void;

const toConsole: UnexpectedErrorSink = (channel, error) =>
  console.error(`Lỗi khi xử lý "${channel}":`, error);

/**
 * The single door into the backend, shared by the IPC and HTTP transports: unknown channels and invalid
 * input are refused before any service runs, and every failure leaves as `{ code, message }`.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  input: unknown,
  onUnexpected: UnexpectedErrorSink = toConsole,
): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    return fail(new AppError('UNKNOWN_CHANNEL', `Không có chức năng "${channel}".`));
  }
  return runValidated(channel, input, handlers[channel] as Handler<typeof channel>, onUnexpected);
}

/**
 * Validates `input` against the contract and runs `handler`. Also used by the Electron main process for the
 * few channels it answers itself (printing needs the calling window), so those get the same checks.
 */
export async function runValidated<C extends ChannelName>(
  channel: C,
  input: unknown,
  handler: Handler<C>,
  onUnexpected: UnexpectedErrorSink = toConsole,
): Promise<Envelope<unknown>> {
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) return fail(validationError(parsed.error));
  try {
    return { ok: true, data: await handler(parsed.data as never) };
  } catch (error) {
    if (error instanceof AppError) return fail(error);
    // A full or read-only disk under any service (a backup, an attachment): what to do, not errno text.
    onUnexpected(channel, error);
    if (isDiskError(error)) return fail(writeFailed(error));
    return fail(
      new AppError(
        'INTERNAL',
        'Đã xảy ra lỗi không mong muốn; thay đổi (nếu có) chưa được lưu. Chi tiết kỹ thuật đã được ghi vào nhật ký.',
      ),
    );
  }
}

function fail(error: AppError): Envelope<never> {
  return { ok: false, error: error.toData() };
}
