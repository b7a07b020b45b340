import { joinTokenAsync } from '../../../../shared/room/crypto';
import { canonicalRoomName, roomNameProblem, roomSecretProblem } from '../../../../shared/room/room-code';

/** A join that cannot go ahead; `message` is for people. */
export class JoinError extends Error {
  constructor(
    message: string,
    readonly field: 'room' | 'secret' | 'host',
  ) {
    super(message);
    this.name = 'JoinError';
  }
}

export interface JoinTarget {
  readonly roomName: string;
  readonly token: string;
  readonly workshopId: string;
}

const WORKSHOP_ID = /^workshop:[A-Za-z0-9_-]{1,64}$/;
const PROBE_TIMEOUT_MS = 10_000;

/** `ws://host:port/<endpoint>?token=<joinToken>` for an http(s) host origin. */
export function roomSocketUrl(hostUrl: string, endpoint: 'signal' | 'relay', token: string): string {
  const origin = new URL(hostUrl).origin.replace(/^http/, 'ws');
  return `${origin}/${endpoint}?token=${encodeURIComponent(token)}`;
}

/**
 * Checks a room code and secret against the host: derives the join token,
 * then reads the relay's welcome, which names the room's workshop. A wrong
 * code or secret is refused by the host before anything is exchanged.
 */
export async function findRoom(
  hostUrl: string,
  roomCode: string,
  secret: string,
  createSocket: (url: string) => WebSocket = (url) => new WebSocket(url),
): Promise<JoinTarget> {
  const roomProblem = roomNameProblem(roomCode);
  if (roomProblem) throw new JoinError(roomProblem, 'room');
  const secretProblem = roomSecretProblem(secret);
  if (secretProblem) throw new JoinError(secretProblem, 'secret');
  const roomName = canonicalRoomName(roomCode)!;
  const token = await joinTokenAsync(secret, roomName);
  const workshopId = await readWelcome(createSocket(roomSocketUrl(hostUrl, 'relay', token)));
  return { roomName, token, workshopId };
}

function readWelcome(socket: WebSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.onmessage = null;
      socket.onclose = null;
      socket.onerror = null;
      try {
        socket.close();
      } catch {
        // Already closed.
      }
      outcome();
    };
    // A refused upgrade (wrong token) and an unreachable host look the same to a page.
    const refused = () =>
      new JoinError(
        'The host did not accept this room code and secret, or it cannot be reached. Check both (the secret is case-sensitive) and that you are on the room’s Wi-Fi, or ask the facilitator for the link again.',
        'secret',
      );
    const timer = setTimeout(
      () => finish(() => reject(new JoinError('The host did not answer. Check that you are on the room’s Wi-Fi and that the facilitator’s room is open.', 'host'))),
      PROBE_TIMEOUT_MS,
    );
    socket.onmessage = (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      let welcome: unknown;
      try {
        welcome = JSON.parse(event.data);
      } catch {
        return;
      }
      const w = welcome as { type?: unknown; workshopId?: unknown };
      if (w.type !== 'welcome') return;
      if (typeof w.workshopId === 'string' && WORKSHOP_ID.test(w.workshopId)) {
        const id = w.workshopId;
        finish(() => resolve(id));
      } else {
        finish(() => reject(new JoinError('The host named a workshop this app cannot open.', 'host')));
      }
    };
    socket.onclose = () => finish(() => reject(refused()));
    socket.onerror = () => finish(() => reject(refused()));
  });
}
