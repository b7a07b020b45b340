// The comparison for `npm run bench:room-browsers`: unmodified y-webrtc
// 10.3.0 (the `y-webrtc-stock` alias) on a bare Y.Doc, in a page of its own,
// through the same host's signaling. No UpdateGate, no relay, no local copy,
// no React: what y-webrtc alone costs between two Chromium processes.
// Bundled as an IIFE by run-room-browsers-bench.mjs and added to a page.
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc-stock';

export interface StockPage {
  /** Data channels open to other peers. */
  peers(): number;
  /** One edit: a transaction that puts `text` into the document. */
  edit(text: string): void;
  /**
   * Keeps the main thread busy this long after every change, local or from a
   * peer, as the app's render does: shows what that work costs the data channel.
   */
  setBusyAfterChange(ms: number): void;
}

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // on purpose
  }
}

export function startStock(roomName: string, password: string, signalingUrl: string): void {
  const doc = new Y.Doc();
  const provider = new WebrtcProvider(roomName, doc, {
    signaling: [signalingUrl],
    password,
    peerOpts: { config: { iceServers: [] } },
  });
  let busyMs = 0;
  // After every other listener (y-webrtc's send included), like the app's render in the microtask after a change.
  doc.on('update', () => {
    if (busyMs > 0) queueMicrotask(() => busy(busyMs));
  });
  const page: StockPage = {
    peers: () => {
      let open = 0;
      provider.room?.webrtcConns.forEach((conn) => {
        if (conn.connected) open += 1;
      });
      return open;
    },
    edit: (text) => doc.getMap<string>('probes').set(text, text),
    setBusyAfterChange: (ms) => {
      busyMs = ms;
    },
  };
  (window as unknown as { __stock: StockPage }).__stock = page;
}

(window as unknown as { startStock: typeof startStock }).startStock = startStock;
