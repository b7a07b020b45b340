// A room participant in its own Node process (y-webrtc allows one provider
// per room name in a process, and a real participant is a separate machine
// anyway). Driven by the parent over IPC; built with buildForNode.
//   → { cmd: 'start', mode: 'mesh' | 'room', hostUrl, roomName, secret, signalingUrl }
//   → { cmd: 'add', text }   → { cmd: 'evil' }   → { cmd: 'stats' }   → { cmd: 'stop' }
//   ← { ok: true, ...result } | { ok: false, error }
import wrtc from '@roamhq/wrtc';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { addBlocker } from '../../shared/doc/ops';
import { blockersMap, participantsMap } from '../../shared/doc/schema';
import { UpdateGate } from '../../shared/doc/update-gate';
import { deriveRoomKey } from '../../shared/room/crypto';
import type { RelaySocket } from '../../shared/room/relay-client';
import { AwarenessGuard } from '../../renderer/src/sync/room/awareness-guard';
import { MeshProvider } from '../../renderer/src/sync/room/mesh-provider';
import { RoomConnection } from '../../renderer/src/sync/room/room-connection';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

type Command =
  | { cmd: 'start'; mode: 'mesh' | 'room'; hostUrl: string; roomName: string; secret: string; signalingUrl: string }
  | { cmd: 'add'; text: string }
  | { cmd: 'evil' }
  | { cmd: 'stats' }
  | { cmd: 'stop' };

const doc = new Y.Doc();
let stop: () => void = () => undefined;
let peers: () => number = () => 0;
let refused = 0;
let decryptErrors = 0;

async function handle(command: Command): Promise<object> {
  switch (command.cmd) {
    case 'start': {
      if (command.mode === 'mesh') {
        const awareness = new Awareness(doc);
        const gate = new UpdateGate(doc);
        const guard = new AwarenessGuard(awareness);
        const mesh = new MeshProvider({
          doc,
          awareness,
          roomName: command.roomName,
          key: await deriveRoomKey(command.secret, command.roomName),
          signalingUrl: command.signalingUrl,
          wrtc,
          applyUpdate: (update, origin) => {
            if (!gate.apply(update, origin).ok) refused += 1;
          },
          applyAwareness: (update, origin) => guard.apply(update, origin),
          isRemoteOrigin: () => false,
          onDecryptError: () => {
            decryptErrors += 1;
          },
        });
        peers = () => mesh.peerCount();
        stop = () => mesh.destroy();
      } else {
        const room = await RoomConnection.open({
          doc,
          roomName: command.roomName,
          secret: command.secret,
          hostUrl: command.hostUrl,
          wrtc,
          createSocket: (url) => new WebSocket(url) as unknown as RelaySocket,
        });
        peers = () => room.state.meshPeers;
        stop = () => room.destroy();
      }
      return {};
    }
    case 'add': {
      return { blockerId: addBlocker(doc, { text: command.text }) };
    }
    case 'evil': {
      // What a hostile member could send: a record the schema refuses, written around the ops.
      doc.transact(() => {
        const record = new Y.Map<unknown>();
        participantsMap(doc).set('participant:evil', record);
        record.set('displayName', 'Evil');
        record.set('role', 'emperor');
      });
      return {};
    }
    case 'stats':
      return {
        blockers: blockersMap(doc).size,
        participants: participantsMap(doc).size,
        texts: [...blockersMap(doc).values()].map((b) => String((b as Y.Map<unknown>).get('text') ?? '')),
        stateVector: Array.from(Y.encodeStateVector(doc)),
        peers: peers(),
        refused,
        decryptErrors,
      };
    case 'stop':
      stop();
      setTimeout(() => process.exit(0), 50);
      return {};
  }
}

process.on('message', (message: { id: number; command: Command }) => {
  handle(message.command).then(
    (result) => process.send?.({ ...result, id: message.id, ok: true }),
    (error: unknown) => process.send?.({ id: message.id, ok: false, error: String(error) }),
  );
});
process.send?.({ ready: true });
