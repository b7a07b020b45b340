import { timingSafeEqual } from 'node:crypto';
import type { RelayLog } from './relay-log';

/** A room this host serves: its name, the token that admits members, its history. */
export interface OpenRoom {
  readonly name: string;
  readonly workshopId: string;
  readonly token: string;
  readonly log: RelayLog;
}

/** The rooms open on this host, found by name or by join token. */
export class RoomRegistry {
  private readonly rooms = new Map<string, OpenRoom>();

  get(name: string): OpenRoom | undefined {
    return this.rooms.get(name);
  }

  all(): OpenRoom[] {
    return [...this.rooms.values()];
  }

  add(room: OpenRoom): void {
    this.rooms.set(room.name, room);
  }

  remove(name: string): OpenRoom | undefined {
    const room = this.rooms.get(name);
    this.rooms.delete(name);
    return room;
  }

  /** The room a join token opens; compared in constant time. */
  byToken(token: string | null): OpenRoom | null {
    if (token === null || token.length === 0 || token.length > 256) return null;
    const given = Buffer.from(token, 'utf8');
    let found: OpenRoom | null = null;
    for (const room of this.rooms.values()) {
      const expected = Buffer.from(room.token, 'utf8');
      if (expected.length === given.length && timingSafeEqual(expected, given)) found = room;
    }
    return found;
  }
}
