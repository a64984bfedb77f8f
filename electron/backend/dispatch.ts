import { contract } from '../../shared/contract/channels';
import { isChannelName } from '../../shared/contract/channel-names';
import { AppError, validationError, type Envelope } from '../../shared/contract/errors';
import type { Handler, Handlers } from './handlers';

/**
 * The single door into the backend, shared by the IPC and HTTP transports: unknown channels and invalid
 * input are refused before any service runs, and every failure leaves as `{ code, message }`.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  input: unknown,
): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    return fail(new AppError('UNKNOWN_CHANNEL', `Không có chức năng "${channel}".`));
  }
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) return fail(validationError(parsed.error));
  try {
    const handler = handlers[channel] as Handler<typeof channel>;
    return { ok: true, data: await handler(parsed.data as never) };
  } catch (error) {
    if (error instanceof AppError) return fail(error);
    console.error(`Lỗi khi xử lý "${channel}":`, error);
    return fail(
      new AppError('INTERNAL', `Đã xảy ra lỗi không mong muốn: ${(error as Error)?.message ?? error}`),
    );
  }
}

function fail(error: AppError): Envelope<never> {
  return { ok: false, error: error.toData() };
}
