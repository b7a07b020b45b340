import { create } from 'zustand';
import type { WorkshopSnapshot } from '../../../shared/doc/types';
import type { HostSyncStatus } from '../sync/host-sync';
import type { RoomView } from '../sync/room/room-view';

/**
 * The renderer's read-only mirror of the open workshop document, plus state
 * that belongs to this window only. Nothing here writes to Yjs: actions call
 * ops on the document and the mirror follows.
 */
export interface WorkshopState {
  workshopId: string | null;
  snapshot: WorkshopSnapshot | null;
  /** saveProblem: the host has our changes but cannot save them to its disk (why, in words). */
  sync: { status: HostSyncStatus; detail?: string; lastSyncedAt: number | null; saveProblem?: string | null };
  /** The notes selected on the board (canvas and list share it), in selection order. */
  selectedBlockerIds: readonly string[];
  editingBlockerId: string | null;
  /** A short message read out politely to screen readers (role=status). */
  announcement: string;
  /** Why the last gesture did nothing (a phase, the lock, a role): shown on screen too. */
  refusal: { message: string; at: number } | null;
  /** The room this workshop is joined to in this window: links and who is here (null: none). */
  room: RoomView | null;
}

export const initialWorkshopState: WorkshopState = {
  workshopId: null,
  snapshot: null,
  sync: { status: 'offline', lastSyncedAt: null },
  selectedBlockerIds: [],
  editingBlockerId: null,
  announcement: '',
  refusal: null,
  room: null,
};

export const useWorkshopStore = create<WorkshopState>(() => initialWorkshopState);

export function announce(message: string): void {
  // Clearing first makes a repeated message count as a change for screen readers.
  useWorkshopStore.setState({ announcement: '' });
  queueMicrotask(() => useWorkshopStore.setState({ announcement: message }));
}

/**
 * A gesture was refused (dragging a note in a closed phase, G with the board
 * locked): read the reason out and show it, because a drag that snaps back
 * says nothing by itself.
 */
export function sayWhyNot(message: string): void {
  announce(message);
  useWorkshopStore.setState({ refusal: { message, at: Date.now() } });
}
