import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const startHost = vi.hoisted(() => vi.fn());
vi.mock('../host/server', () => ({ startHost }));
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

import { hostOrReason, startInProcessHost } from './in-process-host';

describe('startInProcessHost', () => {
  it('binds loopback on an ephemeral port over the user data store', async () => {
    const running = { url: 'http://127.0.0.1:40001', port: 40001, close: vi.fn() };
    startHost.mockResolvedValueOnce(running);
    await expect(
      startInProcessHost({ userDataDir: '/home/u/.config/Studio', staticDir: '/app/out/renderer', devOrigin: null }),
    ).resolves.toBe(running);
    expect(startHost).toHaveBeenCalledWith(
      expect.objectContaining({
        host: '127.0.0.1',
        port: 0,
        dataDir: join('/home/u/.config/Studio', 'workshops-data'),
        staticDir: '/app/out/renderer',
        allowedOrigins: ['app://studio'],
      }),
    );
  });

  it('lets the dev server page open sync sockets in development', async () => {
    startHost.mockResolvedValueOnce({});
    await startInProcessHost({ userDataDir: '/d', staticDir: '/s', devOrigin: 'http://localhost:5173' });
    expect(startHost).toHaveBeenLastCalledWith(
      expect.objectContaining({ allowedOrigins: ['app://studio', 'http://localhost:5173'] }),
    );
  });
});

describe('hostOrReason', () => {
  it('hands out the running host', async () => {
    const running = { url: 'http://127.0.0.1:1' };
    const host = hostOrReason(Promise.resolve(running as never));
    await expect(host()).resolves.toBe(running);
  });

  it('turns a failed start into a plain reason, every time it is asked', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = hostOrReason(Promise.reject(new Error('The data folder is locked by another host.')));
    await expect(host()).rejects.toThrow('The workshop host is not running: The data folder is locked by another host.');
    await expect(host()).rejects.toThrow('The workshop host is not running');
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
