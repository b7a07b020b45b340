// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../../shared/ipc/envelope';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Listener = (payload: unknown) => void;

/** window.studio as the preload would expose it, driven by the test. */
function fakeBridge() {
  const listeners = new Map<string, Set<Listener>>();
  const on = (name: string) => (listener: Listener) => {
    const set = listeners.get(name) ?? new Set();
    set.add(listener);
    listeners.set(name, set);
    return () => set.delete(listener);
  };
  const calls: string[] = [];
  const bridge = {
    appVersion: vi.fn(async () => ok({ name: 'Small Changes Studio', version: '0.1.0', electron: '45.4.1', chrome: '142.0.0.0', node: '22.20.0' })),
    appHostInfo: vi.fn(async () => ok({ url: 'http://127.0.0.1:4000' })),
    workshopResume: vi.fn(async () => {
      calls.push('resume');
      return ok({ workshopId: 'workshop:lastOne' as string | null });
    }),
    workshopActive: vi.fn(async () => ok(null)),
    retentionList: vi.fn(async () => ok({ days: 90, workshops: [] as unknown[] })),
    retentionDelete: vi.fn(async (ids: string[]) => ok({ deleted: ids, failed: [] as { id: string; error: string }[] })),
    retentionKeep: vi.fn(async () => ok(null)),
    fileOpenDropped: vi.fn(async () => ok({ status: 'canceled' })),
    onMenuAction: (l: Listener) => {
      calls.push('subscribe');
      return on('menu:action')(l);
    },
    onFileOpened: on('file:opened'),
    onAppNotice: on('app:notice'),
  };
  const emit = (name: string, payload: unknown) => act(() => listeners.get(name)?.forEach((l) => l(payload)));
  return { bridge, emit, calls };
}

let container: HTMLDivElement;
let root: Root;
let fake: ReturnType<typeof fakeBridge>;

async function mount(): Promise<void> {
  vi.resetModules();
  Object.defineProperty(window, 'studio', { value: fake.bridge, configurable: true });
  const { AppBridge } = await import('./AppBridge');
  await act(async () => root.render(<AppBridge />));
}

const text = () => container.textContent ?? '';

beforeEach(() => {
  location.hash = '';
  fake = fakeBridge();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  Reflect.deleteProperty(window, 'studio');
});

describe('AppBridge in the desktop app', () => {
  it('subscribes first, then asks which workshop to reopen, and reopens it from home', async () => {
    await mount();
    await vi.waitFor(() => expect(location.hash).toBe('#/workshop/workshop%3AlastOne'));
    expect(fake.calls).toEqual(['subscribe', 'resume']);
  });

  it('leaves a page the person is already on', async () => {
    location.hash = '#/settings';
    await mount();
    await vi.waitFor(() => expect(fake.bridge.workshopResume).toHaveBeenCalled());
    await act(async () => undefined);
    expect(location.hash).toBe('#/settings');
  });

  it('runs the action a menu item sends', async () => {
    fake.bridge.workshopResume.mockResolvedValue(ok({ workshopId: null }));
    await mount();
    fake.emit('menu:action', { action: 'app.settings' });
    await vi.waitFor(() => expect(location.hash).toBe('#/settings'));
    fake.emit('menu:action', { action: 'file.save' });
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toContain('Open a workshop first'));
  });

  it('shows a workshop main opened, and says plainly when it is read-only', async () => {
    fake.bridge.workshopResume.mockResolvedValue(ok({ workshopId: null }));
    await mount();
    fake.emit('file:opened', { status: 'opened', workshopId: 'workshop:fromFile', title: 'T', fileName: 'T.smallchanges', readOnly: true, copy: false });
    expect(location.hash).toBe('#/workshop/workshop%3AfromFile');
    expect(text()).toContain('“T.smallchanges” is open read-only');
  });

  it("shows main's messages as an alert, and ignores malformed ones", async () => {
    fake.bridge.workshopResume.mockResolvedValue(ok({ workshopId: null }));
    await mount();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.emit('app:notice', { message: '' });
    expect(container.querySelector('[role="alert"]')).toBe(null);
    fake.emit('app:notice', { message: '“Broken.smallchanges” could not be opened. This file is not a Small Changes workshop.' });
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('could not be opened');
    warn.mockRestore();
  });

  it('opens a dropped workshop file, and refuses another kind of file with a message', async () => {
    fake.bridge.workshopResume.mockResolvedValue(ok({ workshopId: null }));
    await mount();
    const drop = (file: File) => {
      const event = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
      act(() => void window.dispatchEvent(event));
      return event;
    };
    const good = new File([new Uint8Array([1])], 'Session.smallchanges');
    expect(drop(good).defaultPrevented).toBe(true);
    expect(fake.bridge.fileOpenDropped).toHaveBeenCalledWith(good);
    drop(new File(['x'], 'notes.docx'));
    expect(text()).toContain('“notes.docx” is not a Small Changes workshop file');
    expect(fake.bridge.fileOpenDropped).toHaveBeenCalledTimes(1);
  });

  it('offers old workshops once, and deletes or keeps each as chosen', async () => {
    fake.bridge.workshopResume.mockResolvedValue(ok({ workshopId: null }));
    fake.bridge.retentionList.mockResolvedValue(
      ok({
        days: 90,
        workshops: [
          { id: 'workshop:a', title: 'Spring session', localAuthority: 'Northshire', updatedAt: Date.UTC(2025, 0, 5) },
          { id: 'workshop:b', title: 'Summer session', localAuthority: 'Northshire', updatedAt: Date.UTC(2025, 5, 5) },
        ],
      }),
    );
    fake.bridge.retentionDelete.mockResolvedValueOnce(ok({ deleted: [], failed: [{ id: 'workshop:a', error: 'It is in use.' }] }));
    await mount();
    await vi.waitFor(() => expect(text()).toContain('Old workshops on this computer'));
    expect(text()).toContain('have not changed for more than 90 days');
    const button = (label: string) => container.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
    await act(async () => button('Delete Spring session').click());
    expect(fake.bridge.retentionDelete).toHaveBeenCalledWith(['workshop:a']);
    expect(text()).toContain('It is in use.');
    await act(async () => button('Delete Spring session').click());
    expect(text()).not.toContain('Spring session');
    await act(async () => button('Keep Summer session').click());
    expect(fake.bridge.retentionKeep).toHaveBeenCalledWith(['workshop:b']);
    expect(text()).not.toContain('Old workshops on this computer');
  });

  it('says why a deletion failed outright', async () => {
    fake.bridge.workshopResume.mockResolvedValue(ok({ workshopId: null }));
    fake.bridge.retentionList.mockResolvedValue(ok({ days: 30, workshops: [{ id: 'workshop:a', title: 'A', localAuthority: '', updatedAt: 0 }] }));
    fake.bridge.retentionDelete.mockResolvedValueOnce(fail('The workshop host is not running: disk full') as never);
    await mount();
    await vi.waitFor(() => expect(text()).toContain('Old workshops'));
    await act(async () => container.querySelector<HTMLButtonElement>('button[aria-label="Delete A"]')!.click());
    expect(text()).toContain('The workshop host is not running: disk full');
  });
});
