// The IPC channel names, and nothing else: the sandboxed preload imports this
// file, and a sandboxed preload can bundle no npm packages (so no zod here).
// contract.ts gives each channel its schemas and must cover exactly these lists.

/** Calls from the page to main (ipcRenderer.invoke → ipcMain.handle). */
export const CHANNELS = [
  'app:version',
  'app:hostInfo',
  'file:open',
  'file:openDropped',
  'file:import',
  'file:save',
  'file:saveAs',
  'workshop:active',
  'workshop:resume',
  'settings:get',
  'settings:set',
  'retention:list',
  'retention:delete',
  'retention:keep',
  'export:save',
  'export:pdf',
  'room:open',
  'room:discover',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Messages from main to the page (webContents.send → ipcRenderer.on). */
export const EVENTS = ['menu:action', 'file:opened', 'app:notice'] as const;

export type EventChannel = (typeof EVENTS)[number];

/**
 * Channels whose one argument the page passes as a dropped File: the preload
 * turns it into the file's path (webUtils.getPathForFile) before sending, so
 * the page never handles paths and main checks the path it is given.
 */
export const DROPPED_FILE_CHANNELS = ['file:openDropped'] as const satisfies readonly Channel[];

export type DroppedFileChannel = (typeof DROPPED_FILE_CHANNELS)[number];

/** Name of the global the preload exposes in the renderer: `window.studio`. */
export const STUDIO_GLOBAL = 'studio';

/** `app:hostInfo` → `appHostInfo`: the method name a channel gets on `window.studio`. */
export type MethodName<C extends string> = C extends `${infer Domain}:${infer Verb}`
  ? `${Domain}${Capitalize<Verb>}`
  : never;

/** `menu:action` → `onMenuAction`: the subscribe method an event gets on `window.studio`. */
export type EventMethodName<E extends string> = `on${Capitalize<MethodName<E>>}`;

export function methodName<C extends string>(channel: C): MethodName<C> {
  const [domain = '', verb = ''] = channel.split(':');
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as MethodName<C>;
}

export function eventMethodName<E extends EventChannel>(event: E): EventMethodName<E> {
  const method = methodName(event);
  return `on${method.charAt(0).toUpperCase()}${method.slice(1)}` as EventMethodName<E>;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function isDroppedFileChannel(channel: Channel): channel is DroppedFileChannel {
  return (DROPPED_FILE_CHANNELS as readonly string[]).includes(channel);
}
