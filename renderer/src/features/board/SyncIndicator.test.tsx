// @vitest-environment happy-dom
import { act } from 'react';
import { reactRootPerTest } from '../../../../test/helpers/react-root';
import { afterEach, describe, expect, it } from 'vitest';
import { useWorkshopStore } from '../../store/workshop-store';
import { SyncIndicator } from './SyncIndicator';

const dom = reactRootPerTest();
afterEach(() => {
  useWorkshopStore.setState({ sync: { status: 'offline', lastSyncedAt: null } });
});

const PROBLEM = 'The host cannot save this workshop: its disk is full. Your changes are kept on this laptop and in the host’s memory, and the host keeps trying.';

describe('SyncIndicator', () => {
  it('says "Saved on the host" only while the host can save', () => {
    useWorkshopStore.setState({ sync: { status: 'synced', lastSyncedAt: Date.now(), saveProblem: null } });
    dom.render(<SyncIndicator />);
    expect(dom.container.textContent).toBe('Saved on the host');

    act(() => useWorkshopStore.setState({ sync: { status: 'synced', lastSyncedAt: Date.now(), saveProblem: PROBLEM } }));
    const alert = dom.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(PROBLEM);
    expect(dom.container.textContent).not.toContain('Saved on the host');

    act(() => useWorkshopStore.setState({ sync: { status: 'synced', lastSyncedAt: Date.now(), saveProblem: null } }));
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
    expect(dom.container.textContent).toBe('Saved on the host');
  });
});
