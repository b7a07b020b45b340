// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpError } from '../../../shared/doc/ops';
import { performOrSayWhy } from '../actions/perform-or-say-why';
import type { Action } from '../actions/action';
import { initialWorkshopState, useWorkshopStore } from '../store/workshop-store';
import type { WorkshopSession } from '../workshop/session';
import { RefusalNotice } from './RefusalNotice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<RefusalNotice />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  useWorkshopStore.setState(initialWorkshopState);
  vi.useRealTimers();
});

const REASON = 'Changing notes is closed in this phase: we are voting.';
const closedMove: Action<null> = { id: 'test.closed', label: 'Move', perform: () => { throw new OpError(REASON); } };
const notice = () => container.querySelector('[data-testid="refusal-notice"]');

describe('RefusalNotice', () => {
  it('shows why a gesture did nothing, reads it out once, and goes after a while', async () => {
    act(() => void performOrSayWhy(closedMove, {} as WorkshopSession, null));
    await act(async () => undefined); // the announcement lands a microtask later
    expect(notice()?.textContent).toContain(REASON);
    expect(notice()?.getAttribute('role')).toBeNull(); // the live region already said it
    expect(useWorkshopStore.getState().announcement).toBe(REASON);

    act(() => vi.advanceTimersByTime(5_000));
    expect(notice()).not.toBeNull();
    act(() => vi.advanceTimersByTime(4_000));
    expect(notice()).toBeNull();
  });

  it('can be dismissed at once, and stays while focus is on it', () => {
    act(() => void performOrSayWhy(closedMove, {} as WorkshopSession, null));
    const dismiss = container.querySelector('button')!;
    act(() => dismiss.focus());
    act(() => vi.advanceTimersByTime(20_000));
    expect(notice()).not.toBeNull();
    act(() => dismiss.click());
    expect(notice()).toBeNull();
  });
});
