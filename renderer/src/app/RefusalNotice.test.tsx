// @vitest-environment happy-dom
import { act } from 'react';
import { reactRootPerTest } from '../../../test/helpers/react-root';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpError } from '../../../shared/doc/ops';
import { performOrSayWhy } from '../actions/perform-or-say-why';
import type { Action } from '../actions/action';
import { initialWorkshopState, useWorkshopStore } from '../store/workshop-store';
import type { WorkshopSession } from '../workshop/session';
import { RefusalNotice } from './RefusalNotice';

const dom = reactRootPerTest();
beforeEach(() => {
  vi.useFakeTimers();
  dom.render(<RefusalNotice />);
});
afterEach(() => {
  useWorkshopStore.setState(initialWorkshopState);
  vi.useRealTimers();
});

const REASON = 'Changing notes is closed in this phase: we are voting.';
const closedMove: Action<null> = { id: 'test.closed', label: 'Move', perform: () => { throw new OpError(REASON); } };
const notice = () => dom.container.querySelector('[data-testid="refusal-notice"]');

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
    const dismiss = dom.container.querySelector('button')!;
    act(() => dismiss.focus());
    act(() => vi.advanceTimersByTime(20_000));
    expect(notice()).not.toBeNull();
    act(() => dismiss.click());
    expect(notice()).toBeNull();
  });
});
