import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  CHANNELS,
  EVENTS,
  STUDIO_GLOBAL,
  eventMethodName,
  isDroppedFileChannel,
  methodName,
  type Channel,
  type EventChannel,
} from '../../shared/ipc/channels';
import type { StudioApi } from '../../shared/ipc/contract';

// One function per contract channel and one subscribe function per event,
// made from the channel lists, and nothing else: the page never sees
// ipcRenderer, nor the IPC event object (which carries `sender`). This runs
// sandboxed, so it may only use `electron` and code bundled into it
// (channels.ts has no dependencies; the contract is imported for its types).

export interface PreloadIpc {
  invoke(channel: Channel, ...args: unknown[]): Promise<unknown>;
  on(event: EventChannel, listener: (ipcEvent: unknown, payload: unknown) => void): void;
  off(event: EventChannel, listener: (ipcEvent: unknown, payload: unknown) => void): void;
  /** The path of a dropped File (webUtils.getPathForFile); '' when it has none. */
  pathForFile(file: unknown): string;
}

export function buildStudioApi(ipc: PreloadIpc): StudioApi {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    api[methodName(channel)] = isDroppedFileChannel(channel)
      ? (file: unknown) => ipc.invoke(channel, ipc.pathForFile(file))
      : (...args: unknown[]) => ipc.invoke(channel, ...args);
  }
  for (const event of EVENTS) {
    api[eventMethodName(event)] = (callback: unknown) => {
      if (typeof callback !== 'function') throw new TypeError(`${eventMethodName(event)} needs a function.`);
      const listener = (_ipcEvent: unknown, payload: unknown): void => {
        (callback as (payload: unknown) => void)(payload);
      };
      ipc.on(event, listener);
      return () => ipc.off(event, listener);
    };
  }
  return Object.freeze(api) as unknown as StudioApi;
}

function pathForFile(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    // Not a File (or one made by the page rather than dropped from disk).
    return '';
  }
}

contextBridge.exposeInMainWorld(
  STUDIO_GLOBAL,
  buildStudioApi({
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    on: (event, listener) => ipcRenderer.on(event, listener),
    off: (event, listener) => ipcRenderer.removeListener(event, listener),
    pathForFile,
  }),
);
