import type { WebContents } from 'electron';
import type { EventChannel } from '../../shared/ipc/channels';
import type { PayloadOf } from '../../shared/ipc/contract';
import { parsePayload } from '../../shared/ipc/validate';

// Messages from main to the window, checked against the contract before they
// go. Until the page says it is listening (it asks workshop:resume once it
// has subscribed), they wait in order: a file double-clicked to launch the
// app is opened before the page has loaded.

export class RendererEvents {
  private readonly queue: { event: EventChannel; payload: unknown }[] = [];
  private ready = false;

  constructor(private readonly target: () => WebContents | null) {}

  send<E extends EventChannel>(event: E, payload: PayloadOf<E>): void {
    const checked = parsePayload(event, payload);
    if (!checked.ok) {
      console.error(`[events] not sent: ${checked.error}`);
      return;
    }
    const contents = this.target();
    if (!this.ready || contents === null || contents.isDestroyed()) {
      this.queue.push({ event, payload: checked.data });
      return;
    }
    contents.send(event, checked.data);
  }

  hasQueued(event: EventChannel): boolean {
    return this.queue.some((item) => item.event === event);
  }

  /** The page is listening: send what waited. */
  markReady(): void {
    this.ready = true;
    const contents = this.target();
    if (contents === null || contents.isDestroyed()) return;
    for (const { event, payload } of this.queue.splice(0)) contents.send(event, payload);
  }

  /** The page is loading again (reload, new window): hold messages until it listens. */
  reset(): void {
    this.ready = false;
  }
}
