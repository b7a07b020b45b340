// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok, type Envelope } from '../../../../shared/ipc/envelope';
import type { DiscoveredRooms } from '../../../../shared/ipc/contract';
import { reactRootPerTest } from '../../../../test/helpers/react-root';

// The IPC boundary: what main answers to room:discover.
const discover = vi.fn<() => Promise<Envelope<DiscoveredRooms>>>();
vi.mock('../../ipc/client', () => ({ studioClient: () => ({ roomDiscover: discover }) }));
const { RoomsOnThisNetwork } = await import('./RoomsOnThisNetwork');

const dom = reactRootPerTest();
const button = (name: RegExp) => [...dom.container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

async function look(): Promise<void> {
  await act(async () => button(/Look for rooms/).click());
}

describe('RoomsOnThisNetwork', () => {
  it('lists the rooms hosts announce and fills in the one chosen (the secret is still to type)', async () => {
    discover.mockResolvedValue(ok([{ roomName: 'K7MQ3X', hostUrl: 'http://192.168.1.20:5170' }, { roomName: 'NORTH7', hostUrl: 'http://192.168.1.31:5170' }]));
    const onChoose = vi.fn();
    dom.render(<RoomsOnThisNetwork onChoose={onChoose} />);
    await look();
    expect([...dom.container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Room K7MQ3X at 192.168.1.20:5170', 'Room NORTH7 at 192.168.1.31:5170']);
    act(() => button(/Room NORTH7/).click());
    expect(onChoose).toHaveBeenCalledWith({ roomName: 'NORTH7', hostUrl: 'http://192.168.1.31:5170' });
  });

  it('says what to do when nothing answers, or when looking fails', async () => {
    discover.mockResolvedValue(ok([]));
    dom.render(<RoomsOnThisNetwork onChoose={() => undefined} />);
    await look();
    expect(dom.container.textContent).toContain('No room answered. The network may not allow it: type the room code, the secret and the host’s address below.');
    discover.mockResolvedValue(fail('Only the desktop app can look for rooms on this network.'));
    await look();
    expect(dom.container.querySelector('.error-message')?.textContent).toBe('Only the desktop app can look for rooms on this network.');
  });
});
