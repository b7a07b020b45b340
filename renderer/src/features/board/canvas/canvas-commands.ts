// What the canvas's buttons and keys do. Each reads the current state when it
// runs, so a toolbar button, a shortcut and a test all call the same thing.
import {
  ZOOM_STEP, fitRect, panBy, revealRect, viewRect, zoomAt, type Camera,
} from '../../../../../shared/board/camera';
import { intersects, unionRect } from '../../../../../shared/board/geometry';
import { neighbourIn } from '../../../../../shared/board/reading-order';
import { groupMoves, keepExisting, keyboardTargets, toggleIn } from '../../../../../shared/board/selection';
import type { Blocker } from '../../../../../shared/doc/types';
import { deleteBlockerAction } from '../../../actions/board-actions';
import { performOrSayWhy } from '../../../actions/perform-or-say-why';
import { announce, useWorkshopStore } from '../../../store/workshop-store';
import { currentSession } from '../../../workshop/session';
import { arrangeNotesAction, moveNotesAction } from './canvas-actions';
import { useCanvasStore } from './canvas-store';
import { READABLE_ZOOM, noteRect } from './layout';
import { readingOrderIds } from './reading-order-cache';

const EMPTY: Readonly<Record<string, Blocker>> = {};

export function currentBlockers(): Readonly<Record<string, Blocker>> {
  return useWorkshopStore.getState().snapshot?.blockers ?? EMPTY;
}

/** The selection without notes a colleague has deleted meanwhile. */
export function currentSelection(): string[] {
  const blockers = currentBlockers();
  return keepExisting(useWorkshopStore.getState().selectedBlockerIds, (id) => id in blockers);
}

function plural(n: number): string {
  return `${n} note${n === 1 ? '' : 's'}`;
}

// ---- camera ----

function setCamera(camera: Camera): void {
  useCanvasStore.setState({ camera });
}

function centre() {
  const { viewport } = useCanvasStore.getState();
  return { x: viewport.width / 2, y: viewport.height / 2 };
}

function announceZoom(camera: Camera): void {
  announce(`Zoom ${Math.round(camera.zoom * 100)}%`);
}

export function zoomIn(): void {
  const { camera } = useCanvasStore.getState();
  const next = zoomAt(camera, camera.zoom * ZOOM_STEP, centre());
  setCamera(next);
  announceZoom(next);
}

export function zoomOut(): void {
  const { camera } = useCanvasStore.getState();
  const next = zoomAt(camera, camera.zoom / ZOOM_STEP, centre());
  setCamera(next);
  announceZoom(next);
}

export function resetZoom(): void {
  const next = zoomAt(useCanvasStore.getState().camera, 1, centre());
  setCamera(next);
  announceZoom(next);
}

/** Shows every note (or the selection, when there is one), as large as fits, at most 100%. */
export function zoomToFit(): void {
  const blockers = currentBlockers();
  const selection = currentSelection();
  const ids = selection.length > 0 ? selection : Object.keys(blockers);
  const area = unionRect(ids.map((id) => noteRect(blockers[id]!)));
  if (!area) return resetZoom();
  const next = fitRect(area, useCanvasStore.getState().viewport, 24, 1);
  setCamera(next);
  announce(`${selection.length > 0 ? `Showing the ${plural(selection.length)} selected` : 'Showing every note'}: zoom ${Math.round(next.zoom * 100)}%`);
}

/** Pans by screen pixels: (1, 0) shows more of what lies to the right. */
export function pan(dx: number, dy: number): void {
  setCamera(panBy(useCanvasStore.getState().camera, dx, dy));
}

// ---- selection ----

export function setSelection(ids: readonly string[]): void {
  useWorkshopStore.setState({ selectedBlockerIds: [...ids] });
}

export function selectAll(): void {
  const ids = readingOrderIds(currentBlockers());
  setSelection(ids);
  announce(ids.length === 0 ? 'There are no notes to select' : `All ${plural(ids.length)} selected`);
}

export function clearSelection(): void {
  if (useWorkshopStore.getState().selectedBlockerIds.length === 0) return;
  setSelection([]);
  announce('Selection cleared');
}

export function toggleSelected(id: string): void {
  const next = toggleIn(currentSelection(), id);
  setSelection(next);
  announce(`${next.includes(id) ? 'Selected' : 'Not selected'}. ${plural(next.length)} selected`);
}

// ---- focus ----

/** Brings a note on screen (zooming in if the words would be unreadable) and gives it keyboard focus. */
export function goToNote(id: string): void {
  const note = currentBlockers()[id];
  if (!note) return;
  const { camera, viewport } = useCanvasStore.getState();
  const next = revealRect(camera, noteRect(note), viewport, 24, READABLE_ZOOM);
  useCanvasStore.setState({ camera: next, activeId: id, focusRequest: id });
}

/** The note Tab lands on first: the last one used, else the first in reading order that is on screen. */
export function entryNote(): string | null {
  const blockers = currentBlockers();
  const { activeId, camera, viewport } = useCanvasStore.getState();
  if (activeId && activeId in blockers) return activeId;
  const order = readingOrderIds(blockers);
  const view = viewRect(camera, viewport);
  return order.find((id) => intersects(noteRect(blockers[id]!), view)) ?? order[0] ?? null;
}

/** The note after (or before) this one in reading order, or null at either end. */
export function nextNote(id: string, step: 1 | -1): string | null {
  return neighbourIn(readingOrderIds(currentBlockers()), id, step);
}

// ---- changes to the document ----

/**
 * Arrow keys on a note: move the selection when the note is part of it,
 * otherwise select the note and move it alone. One op per press.
 */
export function nudge(focusedId: string, dx: number, dy: number): void {
  const session = currentSession();
  const blockers = currentBlockers();
  if (!session || !blockers[focusedId]) return;
  const targets = keyboardTargets(currentSelection(), focusedId);
  if (targets.length === 1) setSelection(targets);
  const moves = groupMoves(targets.map((id) => blockers[id]!), dx, dy);
  if (performOrSayWhy(moveNotesAction, session, { moves }) !== null) return;
  const moved = moves.find((m) => m.id === focusedId);
  if (moved) {
    const { camera, viewport } = useCanvasStore.getState();
    setCamera(revealRect(camera, noteRect(moved), viewport, 24));
  }
}

/** Arranges the selection into a tidy grid, or every note when nothing is selected. */
export function arrange(): void {
  const session = currentSession();
  if (!session) return;
  const blockers = currentBlockers();
  const selection = currentSelection();
  const ids = selection.length > 0 ? selection : Object.keys(blockers);
  if (ids.length === 0) return;
  if (performOrSayWhy(arrangeNotesAction, session, { notes: ids.map((id) => blockers[id]!) }) !== null) return;
  announce(`Arranged ${plural(ids.length)} in a grid. Press Ctrl+Z to undo.`);
}

export function editNote(id: string): void {
  useWorkshopStore.setState({ editingBlockerId: id });
}

/** Deletes one note and moves focus to its neighbour in reading order, so the keyboard stays on the board. */
export function deleteNote(id: string, focusAfter: boolean): void {
  const session = currentSession();
  if (!session || !currentBlockers()[id]) return;
  const next = nextNote(id, 1) ?? nextNote(id, -1);
  if (performOrSayWhy(deleteBlockerAction, session, { id }) !== null) return;
  setSelection(currentSelection().filter((s) => s !== id));
  if (useCanvasStore.getState().activeId === id) useCanvasStore.setState({ activeId: null });
  announce('Note deleted. Press Ctrl+Z to undo.');
  if (!focusAfter) return;
  if (next) goToNote(next);
  else document.getElementById('capture-text')?.focus();
}
