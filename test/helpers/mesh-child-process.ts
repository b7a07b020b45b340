import { fork, type ChildProcess } from 'node:child_process';
import { buildForNode } from './build-for-node';

/** The parent's handle on a participant running in its own process (see mesh-child.ts). */
export interface ChildPeer {
  call<T extends object = Record<string, unknown>>(command: object): Promise<T>;
  stop(): Promise<void>;
}

let built: Promise<string> | null = null;

export async function startChildPeer(): Promise<ChildPeer> {
  built ??= buildForNode('test/helpers/mesh-child.ts', 'mesh-child');
  const script = await built;
  const child: ChildProcess = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (v: object) => void; reject: (e: Error) => void }>();
  let next = 1;
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('message', () => resolve());
  });
  child.on('message', (message: { id?: number; ok?: boolean; error?: string }) => {
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiter?.resolve(message);
    else waiter?.reject(new Error(message.error ?? 'failed'));
  });
  child.on('exit', () => {
    for (const waiter of pending.values()) waiter.reject(new Error('The child peer exited.'));
    pending.clear();
  });
  return {
    call: <T extends object>(command: object) =>
      new Promise<T>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (v: object) => void, reject });
        child.send({ id, command });
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ id: 0, command: { cmd: 'stop' } });
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
