import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, STUDIO_GLOBAL, methodName, type Channel } from '../../shared/ipc/channels';
import type { StudioApi } from '../../shared/ipc/contract';

// One function per contract channel, made from the channel list, and nothing
// else: the page never sees ipcRenderer. This runs sandboxed, so it may only
// use `electron` and code bundled into it (channels.ts has no dependencies;
// the contract is imported for its types only).

type Invoke = (channel: Channel, ...args: unknown[]) => Promise<unknown>;

export function buildStudioApi(invoke: Invoke): StudioApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    api[methodName(channel)] = (...args: unknown[]) => invoke(channel, ...args);
  }
  return Object.freeze(api) as unknown as StudioApi;
}

contextBridge.exposeInMainWorld(
  STUDIO_GLOBAL,
  buildStudioApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
