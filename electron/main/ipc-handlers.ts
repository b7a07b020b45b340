import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import type { HandlerArgsOf, ResultOf } from '../../shared/ipc/contract';
import { errorMessage, fail, type Envelope } from '../../shared/ipc/envelope';
import { parseArgs, parseResult } from '../../shared/ipc/validate';

// Main's side of the contract: one handler per channel (the type makes a
// missing one a compile error). Every call is checked for where it came from
// and what it carries, and answers with an envelope: nothing throws across IPC.

export type IpcHandlers = {
  readonly [C in Channel]: (...args: HandlerArgsOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
};

export type SenderCheck = (senderUrl: string) => boolean;

function senderUrlOf(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // The frame may be gone by the time we ask.
    return null;
  }
}

/** Runs one call: sender, then arguments, then the handler, then its result. */
export async function handleCall<C extends Channel>(
  channel: C,
  handlers: IpcHandlers,
  isTrustedSender: SenderCheck,
  event: IpcMainInvokeEvent,
  rawArgs: readonly unknown[],
): Promise<Envelope<ResultOf<C>>> {
  const senderUrl = senderUrlOf(event);
  if (senderUrl === null || !isTrustedSender(senderUrl)) {
    console.warn(`[ipc] refused ${channel} from ${senderUrl ?? 'an unknown frame'}`);
    return fail(`Refused ${channel}: the request did not come from the Small Changes Studio window.`);
  }
  const args = parseArgs(channel, rawArgs);
  if (!args.ok) return args;
  try {
    const handler = handlers[channel] as (...a: readonly unknown[]) => unknown;
    const data = await handler(...(args.data as readonly unknown[]));
    const result = parseResult(channel, data);
    if (!result.ok) console.error(`[ipc] ${result.error}`);
    return result;
  } catch (err) {
    return fail(errorMessage(err));
  }
}

/** Registers a handler for every channel in the contract. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...rawArgs: unknown[]) =>
      handleCall(channel, handlers, isTrustedSender, event, rawArgs),
    );
  }
}
