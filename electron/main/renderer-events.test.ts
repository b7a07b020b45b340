import { describe, expect, it, vi } from 'vitest';
import { RendererEvents } from './renderer-events';

function contents() {
  return { send: vi.fn(), isDestroyed: vi.fn(() => false) };
}

describe('RendererEvents', () => {
  it('holds events until the page listens, then sends them in order', () => {
    const target = contents();
    const events = new RendererEvents(() => target as never);
    events.send('app:notice', { message: 'first' });
    events.send('menu:action', { action: 'file.save' });
    expect(target.send).not.toHaveBeenCalled();
    expect(events.hasQueued('app:notice')).toBe(true);
    expect(events.hasQueued('file:opened')).toBe(false);
    events.markReady();
    expect(target.send.mock.calls).toEqual([
      ['app:notice', { message: 'first' }],
      ['menu:action', { action: 'file.save' }],
    ]);
    events.send('app:notice', { message: 'now' });
    expect(target.send).toHaveBeenLastCalledWith('app:notice', { message: 'now' });
  });

  it('never sends a payload that breaks the contract', () => {
    const target = contents();
    const events = new RendererEvents(() => target as never);
    events.markReady();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    events.send('menu:action', { action: 'shell.exec' } as never);
    expect(target.send).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[events\] not sent: Unexpected menu:action message/));
    error.mockRestore();
  });

  it('holds events again while the page reloads, and when there is no window', () => {
    const target = contents();
    let current: typeof target | null = target;
    const events = new RendererEvents(() => current as never);
    events.markReady();
    events.reset();
    events.send('app:notice', { message: 'during reload' });
    expect(target.send).not.toHaveBeenCalled();
    current = null;
    events.markReady();
    events.send('app:notice', { message: 'no window' });
    current = target;
    events.markReady();
    expect(target.send.mock.calls.map(([, p]) => (p as { message: string }).message)).toEqual(['during reload', 'no window']);
  });
});
