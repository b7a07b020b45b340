import type { KeyboardEvent as ReactKeyboardEvent, RefObject } from 'react';
import { BIG_NUDGE_PX, NUDGE_PX } from '../../../actions/board-actions';
import {
  clearSelection, deleteNote, editNote, entryNote, goToNote, nextNote, nudge, pan, resetZoom, selectAll,
  toggleSelected, zoomIn, zoomOut, zoomToFit,
} from './canvas-commands';
import { BIG_PAN_STEP_PX, PAN_STEP_PX } from './layout';
import type { HeldKeys } from './use-canvas-pointer';

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
};

/** Keys that work anywhere on the canvas: on the background and on a note. */
function viewKey(event: ReactKeyboardEvent): boolean {
  switch (event.key) {
    case '+': case '=': zoomIn(); return true;
    case '-': case '_': zoomOut(); return true;
    case '0': resetZoom(); return true;
    case 'f': case 'F': zoomToFit(); return true;
    default: return false;
  }
}

/**
 * The canvas from the keyboard (every mouse action has a key: WCAG 2.5.7).
 * On the background: arrows pan, Tab goes to the notes. On a note: Tab and
 * Shift+Tab walk the notes in reading order, arrows move the selection,
 * Space selects, Enter edits, Delete removes. Anywhere: + - 0 F zoom,
 * Ctrl+A selects all, Escape clears the selection (or cancels a drag).
 * Keys typed into an editor or pressed on a button are left alone.
 */
export function useCanvasKeys(
  viewportRef: RefObject<HTMLDivElement | null>,
  keys: RefObject<HeldKeys>,
  cancelGesture: () => boolean,
) {
  function onKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const noteId = target.dataset.noteId ?? null;
    const onBackground = target === event.currentTarget;
    if ((!noteId && !onBackground) || event.altKey) return;

    if (event.ctrlKey || event.metaKey) {
      if (event.key.toLowerCase() === 'a' && !event.shiftKey) {
        selectAll();
        event.preventDefault();
      }
      return; // Ctrl+Z and friends are handled for the whole board screen
    }
    if (viewKey(event)) {
      event.preventDefault();
      return;
    }
    const arrow = ARROWS[event.key];
    if (arrow) {
      if (noteId) {
        const step = event.shiftKey ? BIG_NUDGE_PX : NUDGE_PX;
        nudge(noteId, arrow[0] * step, arrow[1] * step);
      } else {
        const step = event.shiftKey ? BIG_PAN_STEP_PX : PAN_STEP_PX;
        pan(arrow[0] * step, arrow[1] * step);
      }
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'Tab': {
        const next = noteId ? nextNote(noteId, event.shiftKey ? -1 : 1) : event.shiftKey ? null : entryNote();
        if (next) goToNote(next);
        else if (noteId && event.shiftKey) viewportRef.current?.focus({ preventScroll: true });
        else return; // past the last note: Tab leaves the canvas as usual
        event.preventDefault();
        return;
      }
      case 'Escape':
        if (!cancelGesture()) clearSelection();
        event.preventDefault();
        return;
      case ' ':
        if (!event.repeat) {
          keys.current.space = true;
          keys.current.spacePanned = false;
        }
        event.preventDefault();
        return;
      case 'Enter': case 'F2':
        if (!noteId) return;
        editNote(noteId);
        event.preventDefault();
        return;
      case 'Delete': case 'Backspace':
        if (!noteId) return;
        deleteNote(noteId, true);
        event.preventDefault();
        return;
      default:
    }
  }

  function onKeyUp(event: ReactKeyboardEvent<HTMLDivElement>) {
    if (event.key !== ' ') return;
    const noteId = (event.target as HTMLElement).dataset.noteId;
    const panned = keys.current.spacePanned;
    keys.current.space = false;
    keys.current.spacePanned = false;
    // Space pressed and released on a note without panning selects or deselects it.
    if (noteId && !panned) toggleSelected(noteId);
  }

  return { onKeyDown, onKeyUp };
}
