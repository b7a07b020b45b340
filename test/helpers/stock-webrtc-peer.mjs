// An unmodified y-webrtc 10.3.0 client in its own Node process (a second
// process, because y-webrtc allows one provider per room per process and
// shares a BroadcastChannel within one). `ws` is the global WebSocket and
// @roamhq/wrtc provides WebRTC, as the README documents.
// argv: <signalingUrl> <room> <password> <key this peer writes> <key it waits for>
// Prints "saw <key>" once the other side's write has arrived; exits on stdin close.
import wrtc from '@roamhq/wrtc';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';

globalThis.WebSocket = WebSocket;
const [signalingUrl, room, password, mine, theirs] = process.argv.slice(2);
const doc = new Y.Doc();
const provider = new WebrtcProvider(room, doc, {
  signaling: [signalingUrl],
  password,
  peerOpts: { wrtc, config: { iceServers: [] } },
});
const map = doc.getMap('interop');
map.set(mine, `written by ${mine}`);
let said = false;
const check = () => {
  if (!said && map.get(theirs) !== undefined) {
    said = true;
    process.stdout.write(`saw ${theirs}\n`);
  }
};
map.observe(check);
check();
process.stdin.resume();
process.stdin.on('end', () => {
  provider.destroy();
  process.exit(0);
});
setTimeout(() => process.exit(3), 60_000).unref();
