import { useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { performOrSayWhy } from '../../../actions/perform-or-say-why';
import { panBy, screenToWorld, zoomAt, type Camera } from '../../../../../shared/board/camera';
import { rectFromCorners, type Point } from '../../../../../shared/board/geometry';
import { readingOrder } from '../../../../../shared/board/reading-order';
import { addAll, edgeLimit, groupMoves, pressNote } from '../../../../../shared/board/selection';
import type { SpatialIndex } from '../../../../../shared/board/spatial-index';
import type { Blocker } from '../../../../../shared/doc/types';
import { announce } from '../../../store/workshop-store';
import { currentSession } from '../../../workshop/session';
import { moveNotesAction } from './canvas-actions';
import { currentBlockers, currentSelection, editNote, setSelection } from './canvas-commands';
import { useCanvasStore } from './canvas-store';
import { NOTE_HEIGHT } from './layout';

/** Pixels a pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;
/** Two clicks on one note this close together open its editor. */
const DOUBLE_CLICK_MS = 450;
/** Elements that handle the pointer themselves. */
const OWN_POINTER = 'button, a, input, textarea, select, label, form';

/** Called when dragged notes are dropped on another note (grouping into themes hooks in here). */
export type DropOnNote = (draggedIds: string[], targetId: string) => void;

/** Keys the keyboard handler shares with the pointer: Space held turns any drag into a pan. */
export interface HeldKeys {
  space: boolean;
  /** Set when a pan happened while Space was down, so releasing Space does not also toggle a note. */
  spacePanned: boolean;
}

// Drags and pans work from client (window) coordinates, so a panel opening
// above the canvas mid-gesture cannot make the notes jump; the marquee keeps
// its corner on the board for the same reason.
type Gesture =
  | { kind: 'note'; pointerId: number; noteId: string; start: Point; origins: Blocker[]; min: Point; moved: boolean; collapseTo: string | null }
  | { kind: 'pan'; pointerId: number; last: Point; moved: boolean; clearOnClick: boolean }
  | { kind: 'marquee'; pointerId: number; start: Point; additive: boolean; base: string[] }
  | { kind: 'pinch'; startDistance: number; startMid: Point; startCamera: Camera };

function client(event: ReactPointerEvent): Point {
  return { x: event.clientX, y: event.clientY };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

function plural(n: number): string {
  return `${n} note${n === 1 ? '' : 's'}`;
}

/**
 * Every pointer gesture on the canvas: press a note to select it, drag to
 * move the selection (the document changes once, on drop), drag the empty
 * board to pan (or, with the selection tool or Shift, to draw a selection
 * rectangle), Space+drag or the middle button to pan anywhere, two fingers
 * to pinch-zoom.
 */
export function useCanvasPointer(
  viewportRef: RefObject<HTMLDivElement | null>,
  index: SpatialIndex<string>,
  keys: RefObject<HeldKeys>,
  onDropOnNote: DropOnNote | undefined,
) {
  const gesture = useRef<Gesture | null>(null);
  const pointers = useRef(new Map<number, Point>());
  // Double clicks are counted here: with the pointer captured, the browser's
  // dblclick lands on the canvas, not on the note.
  const lastClick = useRef<{ noteId: string; at: number } | null>(null);

  function local(event: ReactPointerEvent): Point {
    const box = viewportRef.current!.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  function noteUnder(event: ReactPointerEvent, at: Point): string | null {
    const element = (event.target as Element).closest<HTMLElement>('[data-note-id]');
    if (element?.dataset.noteId) return element.dataset.noteId;
    // Zoomed out, notes are painted blocks: find them in the index; the newest is painted on top.
    const blockers = currentBlockers();
    let top: Blocker | null = null;
    for (const id of index.queryPoint(screenToWorld(useCanvasStore.getState().camera, at))) {
      const note = blockers[id];
      if (note && (!top || note.createdAt > top.createdAt || (note.createdAt === top.createdAt && note.id > top.id))) top = note;
    }
    return top?.id ?? null;
  }

  function focusNote(id: string): void {
    const element = viewportRef.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`);
    if (element) element.focus({ preventScroll: true });
    else useCanvasStore.setState({ activeId: id, focusRequest: id });
  }

  function endDrag(): void {
    useCanvasStore.setState({ dragIds: null, dragOffset: { x: 0, y: 0 }, marquee: null });
  }

  function boardPoint(event: ReactPointerEvent): Point {
    return screenToWorld(useCanvasStore.getState().camera, local(event));
  }

  function startPinch(): void {
    const [a, b] = [...pointers.current.values()];
    if (!a || !b) return;
    if (gesture.current?.kind === 'note') endDrag();
    useCanvasStore.setState({ marquee: null });
    gesture.current = { kind: 'pinch', startDistance: Math.max(1, distance(a, b)), startMid: midpoint(a, b), startCamera: useCanvasStore.getState().camera };
  }

  function onPointerDown(event: ReactPointerEvent<HTMLDivElement>) {
    const target = event.target as Element;
    if (target.closest(OWN_POINTER)) return;
    if (event.pointerType === 'mouse' && event.button !== 0 && event.button !== 1) return;
    const at = local(event);
    pointers.current.set(event.pointerId, at);
    event.currentTarget.setPointerCapture(event.pointerId);
    // We manage focus ourselves (the browser's would go to the captured viewport).
    event.preventDefault();
    if (pointers.current.size === 2) return startPinch();
    if (gesture.current) return;

    const noteId = noteUnder(event, at);
    const forcePan = event.button === 1 || keys.current.space;
    const { tool } = useCanvasStore.getState();
    if (forcePan || (!noteId && tool === 'pan' && !event.shiftKey)) {
      if (keys.current.space) keys.current.spacePanned = true;
      if (!noteId) viewportRef.current?.focus({ preventScroll: true });
      const plainClick = !forcePan && !event.shiftKey && !event.ctrlKey && !event.metaKey;
      gesture.current = { kind: 'pan', pointerId: event.pointerId, last: client(event), moved: false, clearOnClick: plainClick };
      return;
    }
    if (noteId) {
      const additive = event.shiftKey || event.ctrlKey || event.metaKey;
      const before = currentSelection();
      const { selection, dragIds } = pressNote(before, noteId, additive);
      setSelection(selection);
      focusNote(noteId);
      const blockers = currentBlockers();
      const origins = dragIds.map((id) => blockers[id]).filter((n): n is Blocker => n !== undefined);
      gesture.current = {
        kind: 'note',
        pointerId: event.pointerId,
        noteId,
        start: client(event),
        origins,
        min: { x: Math.min(...origins.map((n) => n.x)), y: Math.min(...origins.map((n) => n.y)) },
        moved: false,
        // Pressing one note of a multi-selection and letting go without moving selects it alone.
        collapseTo: !additive && before.length > 1 && before.includes(noteId) ? noteId : null,
      };
      return;
    }
    viewportRef.current?.focus({ preventScroll: true });
    gesture.current = { kind: 'marquee', pointerId: event.pointerId, start: boardPoint(event), additive: event.shiftKey || event.ctrlKey || event.metaKey, base: currentSelection() };
  }

  function onPointerMove(event: ReactPointerEvent<HTMLDivElement>) {
    if (!pointers.current.has(event.pointerId)) return;
    const at = local(event);
    pointers.current.set(event.pointerId, at);
    const g = gesture.current;
    if (!g) return;
    if (g.kind === 'pinch') {
      const [a, b] = [...pointers.current.values()];
      if (!a || !b) return;
      const mid = midpoint(a, b);
      const zoomed = zoomAt(g.startCamera, g.startCamera.zoom * (distance(a, b) / g.startDistance), g.startMid);
      useCanvasStore.setState({ camera: panBy(zoomed, g.startMid.x - mid.x, g.startMid.y - mid.y) });
      return;
    }
    if (event.pointerId !== g.pointerId) return;
    const now = client(event);
    if (g.kind === 'pan') {
      const dx = now.x - g.last.x;
      const dy = now.y - g.last.y;
      if (dx === 0 && dy === 0) return;
      g.moved = true;
      g.last = now;
      useCanvasStore.setState((s) => ({ camera: panBy(s.camera, -dx, -dy) }));
    } else if (g.kind === 'note') {
      if (g.origins.length === 0) return;
      const dx = now.x - g.start.x;
      const dy = now.y - g.start.y;
      if (!g.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      const zoom = useCanvasStore.getState().camera.zoom;
      // The group stops at the board's top and left edges together.
      const offset = { x: Math.max(dx / zoom, edgeLimit(g.min.x)), y: Math.max(dy / zoom, edgeLimit(g.min.y)) };
      if (!g.moved) {
        g.moved = true;
        useCanvasStore.setState({ dragIds: new Set(g.origins.map((n) => n.id)), dragOffset: offset });
      } else {
        useCanvasStore.setState({ dragOffset: offset });
      }
    } else {
      useCanvasStore.setState({ marquee: rectFromCorners(g.start, boardPoint(event)) });
    }
  }

  function finish(event: ReactPointerEvent<HTMLDivElement>, cancelled: boolean) {
    pointers.current.delete(event.pointerId);
    const g = gesture.current;
    if (!g) return;
    if (g.kind === 'pinch') {
      gesture.current = null;
      return;
    }
    if (event.pointerId !== g.pointerId) return;
    gesture.current = null;
    if (cancelled) return endDrag();

    if (g.kind === 'pan') {
      if (!g.moved && g.clearOnClick && currentSelection().length > 0) setSelection([]);
    } else if (g.kind === 'note') {
      if (g.moved) dropNotes(g.origins, event);
      else {
        if (g.collapseTo) setSelection([g.collapseTo]);
        const previous = lastClick.current;
        const now = event.timeStamp;
        if (previous && previous.noteId === g.noteId && now - previous.at < DOUBLE_CLICK_MS) {
          lastClick.current = null;
          editNote(g.noteId);
        } else {
          lastClick.current = { noteId: g.noteId, at: now };
        }
      }
    } else {
      const box = useCanvasStore.getState().marquee;
      endDrag();
      if (!box) return;
      const blockers = currentBlockers();
      const hits = readingOrder(index.query(box).map((id) => blockers[id]!).filter(Boolean), NOTE_HEIGHT / 2).map((n) => n.id);
      const next = g.additive ? addAll(g.base, hits) : hits;
      setSelection(next);
      announce(next.length === 0 ? 'No notes selected' : `${plural(next.length)} selected`);
    }
  }

  function dropNotes(origins: Blocker[], event: ReactPointerEvent<HTMLDivElement>) {
    const { dragOffset } = useCanvasStore.getState();
    const session = currentSession();
    if (session && (dragOffset.x !== 0 || dragOffset.y !== 0)) {
      if (performOrSayWhy(moveNotesAction, session, { moves: groupMoves(origins, dragOffset.x, dragOffset.y) }) === null) {
        announce(`Moved ${plural(origins.length)}. Press Ctrl+Z to undo.`);
      }
    }
    const dragged = new Set(origins.map((n) => n.id));
    endDrag();
    if (!onDropOnNote) return;
    const target = document
      .elementsFromPoint(event.clientX, event.clientY)
      .map((el) => (el as HTMLElement).closest<HTMLElement>('[data-note-id]')?.dataset.noteId)
      .find((id): id is string => id !== undefined && !dragged.has(id));
    if (target) onDropOnNote([...dragged], target);
  }

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: (event: ReactPointerEvent<HTMLDivElement>) => finish(event, false),
    onPointerCancel: (event: ReactPointerEvent<HTMLDivElement>) => finish(event, true),
    /** Escape during a drag puts everything back where it was. */
    cancelGesture(): boolean {
      if (!gesture.current) return false;
      gesture.current = null;
      endDrag();
      return true;
    },
  };
}
