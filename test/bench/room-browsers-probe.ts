// Page-side timing for the browser-to-browser bench, installed with
// page.addInitScript before the app loads. It must stay self-contained
// (Playwright sends the function's source to the page). Measurement only: it
// changes nothing the app does.
//
// The app keeps no window handle on its Y.Doc, so the probe finds every Y.Doc
// as it is made: a Y.Doc's constructor assigns `this.share`, and a setter on
// Object.prototype sees that assignment, stores the value as an ordinary own
// property (as the assignment would have) and listens to the doc.

/** When each step of one probe happened (ms, the machine's clock), or null. */
export interface ProbeTimes {
  /** This page's transaction that holds the note began (the edit, on the sender). */
  edit: number | null;
  /** This page's data channel sent a message holding the note. */
  sent: number | null;
  /** This page's data channel received a message holding the note. */
  received: number | null;
  /** The first WebSocket message this page sent after its doc had the note (the relay's copy, on the sender). */
  relaySent: number | null;
  /** The WebSocket message that brought the note began to be handled (on the receiver, when the relay won). */
  relayReceived: number | null;
  /** This page's workshop Y.Doc changed to hold the note. */
  applied: number | null;
  /** Which link the change came by: local, mesh, relay or other. */
  appliedVia: string | null;
  /** The note is in this page's DOM. */
  shown: number | null;
}

export function probeInstrumentation(): void {
  const origin = performance.timeOrigin;
  const now = () => origin + performance.now();
  const blank = (): ProbeTimes => ({ edit: null, sent: null, received: null, relaySent: null, relayReceived: null, applied: null, appliedVia: null, shown: null });
  let needle: Uint8Array | null = null;
  let observer: MutationObserver | null = null;
  /** Profiling only: a few busy milliseconds in a function by this name mark the clock in a CPU profile. */
  function probeAlignMark(): number {
    const at = now();
    while (now() - at < 3) {
      // busy on purpose
    }
    return at;
  }
  const state = { times: blank(), docs: 0, arm, probeAlignMark };
  (window as unknown as { __probe: typeof state }).__probe = state;

  function arm(marker: string): void {
    state.times = blank();
    needle = new TextEncoder().encode(marker);
    observer?.disconnect();
    const found = () => [...document.querySelectorAll('[data-note-id]')].some((el) => el.textContent?.includes(marker));
    observer = new MutationObserver(() => {
      if (state.times.shown === null && found()) {
        state.times.shown = now();
        observer?.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }

  /** True when the bytes hold the armed marker (the note's words travel as UTF-8). */
  function holds(data: unknown): boolean {
    const n = needle;
    if (n === null || n.length === 0) return false;
    let bytes: Uint8Array;
    if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else if (ArrayBuffer.isView(data)) bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    else return false;
    const first = n[0];
    for (let i = bytes.indexOf(first!); i !== -1 && i + n.length <= bytes.length; i = bytes.indexOf(first!, i + 1)) {
      let j = 1;
      while (j < n.length && bytes[i + j] === n[j]) j += 1;
      if (j === n.length) return true;
    }
    return false;
  }

  const proto = (window as unknown as { RTCDataChannel?: { prototype: RTCDataChannel } }).RTCDataChannel?.prototype;
  const onmessage = proto && Object.getOwnPropertyDescriptor(proto, 'onmessage');
  if (proto && onmessage?.set && onmessage.get) {
    const send = proto.send as (this: RTCDataChannel, data: unknown) => void;
    proto.send = function (this: RTCDataChannel, data: never) {
      if (state.times.sent === null && holds(data)) state.times.sent = now();
      return send.call(this, data);
    };
    Object.defineProperty(proto, 'onmessage', {
      configurable: true,
      get() {
        return onmessage.get!.call(this);
      },
      set(handler: ((event: MessageEvent) => void) | null) {
        onmessage.set!.call(
          this,
          handler &&
            ((event: MessageEvent) => {
              if (state.times.received === null && holds(event.data)) state.times.received = now();
              handler(event);
            }),
        );
      },
    });
  }

  // The relay's WebSocket: when a message starts being handled, and the first send after the note was applied.
  let socketMessageAt = 0;
  const socket = window.WebSocket?.prototype;
  const socketOnmessage = socket && Object.getOwnPropertyDescriptor(socket, 'onmessage');
  if (socket && socketOnmessage?.set && socketOnmessage.get) {
    const send = socket.send as (this: WebSocket, data: unknown) => void;
    socket.send = function (this: WebSocket, data: never) {
      if (state.times.applied !== null && state.times.relaySent === null) state.times.relaySent = now();
      return send.call(this, data);
    };
    Object.defineProperty(socket, 'onmessage', {
      configurable: true,
      get() {
        return socketOnmessage.get!.call(this);
      },
      set(handler: ((event: MessageEvent) => void) | null) {
        socketOnmessage.set!.call(
          this,
          handler &&
            ((event: MessageEvent) => {
              socketMessageAt = now();
              handler(event);
            }),
        );
      },
    });
  }

  type Listener = (...args: unknown[]) => void;
  interface DocLike {
    on(name: string, f: Listener): void;
    transact: unknown;
    getMap: unknown;
  }
  const STARTED = Symbol('probe-started');
  function via(origin: unknown): string {
    if (typeof origin === 'symbol') return origin.description === 'small-changes-local' ? 'local' : `symbol:${origin.description}`;
    if (origin !== null && typeof origin === 'object') {
      if ('webrtcConns' in origin) return 'mesh';
      if ('counters' in origin && 'whenSynced' in origin) return 'relay';
    }
    return 'other';
  }
  function watchDoc(doc: DocLike): void {
    state.docs += 1;
    doc.on('beforeTransaction', (tr) => {
      // Only while a probe waits for its note: the probe must not slow every transaction.
      if (needle !== null && state.times.applied === null) (tr as Record<symbol, number>)[STARTED] = now();
    });
    doc.on('update', (update, origin, _doc, tr) => {
      // The UpdateGate's shadow copy is checked first; only the workshop's own doc counts.
      if (needle === null || state.times.applied !== null) return;
      if (typeof origin === 'symbol' && origin.description === 'update-gate-shadow') return;
      if (!holds(update)) return;
      state.times.applied = now();
      state.times.appliedVia = via(origin);
      if (state.times.appliedVia === 'relay') state.times.relayReceived = socketMessageAt;
      state.times.edit = (tr as Record<symbol, number> | undefined)?.[STARTED] ?? null;
    });
  }
  Object.defineProperty(Object.prototype, 'share', {
    configurable: true,
    get: () => undefined,
    set(this: object, value: unknown) {
      Object.defineProperty(this, 'share', { value, writable: true, enumerable: true, configurable: true });
      const doc = this as DocLike;
      if (typeof doc.transact === 'function' && typeof doc.getMap === 'function' && typeof doc.on === 'function') watchDoc(doc);
    },
  });
}
