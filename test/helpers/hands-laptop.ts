// One laptop in a room, as the app runs it: the workshop's one awareness
// (session.awareness) shared by hands up, carets and room presence, and a
// RoomConnection on it. Used in the test process and in child processes
// (hands-laptop-child.ts): y-webrtc allows one room of a name per process.
import wrtc from '@roamhq/wrtc';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { RelaySocket } from '../../shared/room/relay-client';
import { countHands, setMyHand, type Hand, type HandCounts } from '../../renderer/src/features/facilitation/hands';
import { RoomConnection } from '../../renderer/src/sync/room/room-connection';
import type { PresenceState } from '../../renderer/src/sync/room/presence-state';

(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

export interface LaptopStart {
  hostUrl: string;
  roomName: string;
  secret: string;
  /** Which links run: the mesh (WebRTC) and the host's relay (false: unreachable). */
  mesh: boolean;
  relay: boolean;
}

export interface LaptopView {
  counts: HandCounts;
  /** This laptop's own state, as the rest of the app sees it. */
  mine: Record<string, unknown> | null;
  /** Names of the other laptops present (valid presence only). */
  others: string[];
  meshPeers: number;
  refusedPresence: number;
}

export class HandsLaptop {
  readonly doc = new Y.Doc();
  /** Lives as long as the workshop is open, across rooms, like session.awareness. */
  readonly awareness = new Awareness(this.doc);
  room: RoomConnection | null = null;

  async join(start: LaptopStart): Promise<void> {
    this.room = await RoomConnection.open({
      doc: this.doc,
      awareness: this.awareness,
      roomName: start.roomName,
      secret: start.secret,
      hostUrl: start.hostUrl,
      mesh: start.mesh,
      wrtc,
      createSocket: (url) => {
        if (!start.relay) throw new Error('The relay cannot be reached.');
        return new WebSocket(url) as unknown as RelaySocket;
      },
    });
  }

  presence(state: PresenceState): void {
    this.room?.setPresence(state);
  }

  hand(participantId: string, hand: Hand): void {
    setMyHand(this.awareness, participantId, hand);
  }

  /** What TipTap's caret does: one field set beside the rest. */
  caret(user: { name: string; color: string }): void {
    this.awareness.setLocalStateField('user', user);
  }

  leave(): void {
    this.room?.destroy();
    this.room = null;
  }

  view(): LaptopView {
    const others: string[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      if (clientId !== this.awareness.clientID && typeof state.name === 'string') others.push(state.name);
    });
    return {
      counts: countHands(this.awareness),
      mine: this.awareness.getLocalState(),
      others: others.sort(),
      meshPeers: this.room?.state.meshPeers ?? 0,
      refusedPresence: this.room?.state.refusedPresence ?? 0,
    };
  }

  destroy(): void {
    this.leave();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
