import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * Makes every file write in this process fail with ENOSPC while `full` is
 * true, the way a full disk does, by wrapping FileHandle's writing methods
 * (the store writes only through file handles). Reads keep working.
 */
export async function simulateDiskFull(): Promise<{ setFull(full: boolean): void; restore(): void }> {
  const probe = await open(join(tmpdir(), `disk-full-probe-${process.pid}`), 'w');
  const proto = Object.getPrototypeOf(probe) as Record<'write' | 'writeFile', (...args: unknown[]) => Promise<unknown>>;
  await probe.close();
  let full = false;
  const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  const spies = (['write', 'writeFile'] as const).map((method) => {
    const original = proto[method]!;
    return vi.spyOn(proto, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
      return full ? Promise.reject(noSpace()) : original.apply(this, args);
    });
  });
  return {
    setFull: (value) => (full = value),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}
