import { useRef, useState, type PointerEvent } from 'react';
import type { Blocker } from '../../../../shared/doc/types';
import { moveBlockerAction } from '../../actions/board-actions';
import { currentSession } from '../../workshop/session';

/** Pixels a pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

/**
 * Dragging moves the note on screen only; the document changes once, on drop,
 * so a drag is one undo step and one message to the room.
 */
export function useNoteDrag(note: Blocker) {
  const [position, setPosition] = useState<{ x: number; y: number } | null>(null);
  const start = useRef<{ pointerX: number; pointerY: number; dragging: boolean } | null>(null);

  const handlers = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0) return;
      start.current = { pointerX: event.clientX, pointerY: event.clientY, dragging: false };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const from = start.current;
      if (!from) return;
      const dx = event.clientX - from.pointerX;
      const dy = event.clientY - from.pointerY;
      if (!from.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      from.dragging = true;
      setPosition({ x: Math.max(0, note.x + dx), y: Math.max(0, note.y + dy) });
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const from = start.current;
      start.current = null;
      if (!from?.dragging) return;
      const session = currentSession();
      const dx = event.clientX - from.pointerX;
      const dy = event.clientY - from.pointerY;
      if (session) moveBlockerAction.perform(session, { id: note.id, x: note.x + dx, y: note.y + dy });
      setPosition(null);
    },
    onPointerCancel() {
      start.current = null;
      setPosition(null);
    },
  };
  return { position, handlers };
}
