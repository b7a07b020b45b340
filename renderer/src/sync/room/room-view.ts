import type { RoomConnectionState } from './room-connection';
import type { RosterEntry } from './roster';

/** What the board shows about the room this window is in (the store's `room` slice). */
export interface RoomView {
  readonly roomName: string;
  /** http(s) origin of the host serving the room. */
  readonly hostUrl: string;
  /** The link others open to join (it carries the secret in its fragment). */
  readonly joinUrl: string;
  /** The links' state; null while the room key is being derived. */
  readonly link: RoomConnectionState | null;
  readonly roster: readonly RosterEntry[];
  /** Why the room could not be joined, for people. */
  readonly error: string | null;
}
