// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useWorkshopStore } from '../../store/workshop-store';
import { SyncIndicator } from './SyncIndicator';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  useWorkshopStore.setState({ sync: { status: 'offline', lastSyncedAt: null } });
});

const PROBLEM = 'The host cannot save this workshop: its disk is full. Your changes are kept on this laptop and in the host’s memory, and the host keeps trying.';

describe('SyncIndicator', () => {
  it('says "Saved on the host" only while the host can save', () => {
    useWorkshopStore.setState({ sync: { status: 'synced', lastSyncedAt: Date.now(), saveProblem: null } });
    act(() => root.render(<SyncIndicator />));
    expect(container.textContent).toBe('Saved on the host');

    act(() => useWorkshopStore.setState({ sync: { status: 'synced', lastSyncedAt: Date.now(), saveProblem: PROBLEM } }));
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(PROBLEM);
    expect(container.textContent).not.toContain('Saved on the host');

    act(() => useWorkshopStore.setState({ sync: { status: 'synced', lastSyncedAt: Date.now(), saveProblem: null } }));
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toBe('Saved on the host');
  });
});
