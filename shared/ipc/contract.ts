import { z } from 'zod';
import type { Channel, MethodName } from './channels';
import type { Envelope } from './envelope';

// One entry per channel in channels.ts: the arguments (a tuple, one schema per
// positional argument) and the result. To add a channel, add its name to
// CHANNELS and its entry here; main must then register a handler for it (the
// compiler says so) and the preload exposes it by itself.

export interface ChannelSpec {
  readonly summary: string;
  readonly args: z.ZodTuple;
  readonly result: z.ZodType;
}

export const appVersionResult = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  /** null outside Electron (the app served to a browser) */
  electron: z.string().min(1).nullable(),
  chrome: z.string().min(1).nullable(),
  node: z.string().min(1).nullable(),
});

export const hostInfoResult = z.object({
  /** Base http URL of the workshop host, e.g. http://127.0.0.1:41234 */
  url: z.url({ protocol: /^https?$/ }),
});

export const contract = {
  'app:version': {
    summary: 'Names and versions of the app and the runtime under it.',
    args: z.tuple([]),
    result: appVersionResult,
  },
  'app:hostInfo': {
    summary: 'Where the workshop host that serves and syncs this app listens.',
    args: z.tuple([]),
    result: hostInfoResult,
  },
} as const satisfies { readonly [C in Channel]: ChannelSpec };

export type Contract = typeof contract;

/** What a caller passes, as a tuple. */
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;

/** What main's handler receives once the arguments are validated. */
export type HandlerArgsOf<C extends Channel> = z.output<Contract[C]['args']>;

/** What a channel resolves to when it succeeds. */
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

export type AppVersion = ResultOf<'app:version'>;
export type HostInfo = ResultOf<'app:hostInfo'>;

/** The API the preload exposes as `window.studio`: one function per channel. */
export type StudioApi = {
  readonly [C in Channel as MethodName<C>]: (...args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>>;
};
