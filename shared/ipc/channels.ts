// The IPC channel names, and nothing else: the sandboxed preload imports this
// file, and a sandboxed preload can bundle no npm packages (so no zod here).
// contract.ts gives each channel its schemas and must cover exactly this list.

export const CHANNELS = ['app:version', 'app:hostInfo'] as const;

export type Channel = (typeof CHANNELS)[number];

/** Name of the global the preload exposes in the renderer: `window.studio`. */
export const STUDIO_GLOBAL = 'studio';

/** `app:hostInfo` → `appHostInfo`: the method name a channel gets on `window.studio`. */
export type MethodName<C extends string> = C extends `${infer Domain}:${infer Verb}`
  ? `${Domain}${Capitalize<Verb>}`
  : never;

export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const [domain = '', verb = ''] = channel.split(':');
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as MethodName<C>;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
