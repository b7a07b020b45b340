// What a spotlight (follow me with a target) does on a participant's laptop
// once it is on the right view: put the note, theme or idea in the middle of
// the canvas or list, select or highlight it, move keyboard focus to it, and
// say what it is. The facilitator's own laptop is never moved (use-follow.ts).
import { create } from 'zustand';
import { fitRect } from '../../../../shared/board/camera';
import { unionRect } from '../../../../shared/board/geometry';
import type { WorkshopSnapshot } from '../../../../shared/doc/types';
import { useBoardView } from '../board/board-view';
import { useCanvasStore } from '../board/canvas/canvas-store';
import { noteRect, READABLE_ZOOM } from '../board/canvas/layout';
import { readingOrderIds } from '../board/canvas/reading-order-cache';
import { useWorkshopStore } from '../../store/workshop-store';

/** The record the facilitator spotlighted last, for cards and theme headers to highlight. Session state. */
export const useSpotlight = create<{ target: string; at: number }>(() => ({ target: '', at: 0 }));

export type SpotlightKind = 'note' | 'theme' | 'idea';

export function spotlightKind(target: string): SpotlightKind | null {
  if (target.startsWith('blocker:')) return 'note';
  if (target.startsWith('theme:')) return 'theme';
  if (target.startsWith('idea:')) return 'idea';
  return null;
}

const quote = (words: string) => `“${words.length > 80 ? `${words.slice(0, 79)}…` : words}”`;

/** What a screen reader hears when a spotlight arrives. */
export function describeSpotlight(target: string, snapshot: WorkshopSnapshot | null): string {
  switch (spotlightKind(target)) {
    case 'note': {
      const note = snapshot?.blockers[target];
      return note ? `The facilitator is spotlighting the note ${quote(note.text)}.` : 'The facilitator is spotlighting a note that has since been deleted.';
    }
    case 'theme': {
      const theme = snapshot?.themes[target];
      return theme ? `The facilitator is spotlighting the theme ${quote(theme.name)}.` : 'The facilitator is spotlighting a theme that has since been removed.';
    }
    case 'idea': {
      const idea = snapshot?.ideas[target];
      return idea ? `The facilitator is spotlighting the idea ${quote(idea.text)}.` : 'The facilitator is spotlighting an idea that has since been deleted.';
    }
    default:
      return 'The facilitator brought everyone to this view.';
  }
}

/** Notes of a theme, in reading order (the first gets keyboard focus). */
export function themeNoteIds(snapshot: WorkshopSnapshot, themeId: string): string[] {
  return readingOrderIds(snapshot.blockers).filter((id) => snapshot.blockers[id]?.themeId === themeId);
}

/**
 * Runs `then` once `ready()` holds, checking each frame (the view may still be
 * mounting after the route changed); gives up quietly after `limitMs`.
 */
function whenReady(ready: () => boolean, then: () => void, limitMs = 3000): void {
  const start = performance.now();
  const tick = () => {
    if (ready()) {
      // One more frame: the view's own mount effects (the canvas resets its camera) run first.
      requestAnimationFrame(then);
      return;
    }
    if (performance.now() - start < limitMs) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const present = (selector: string) => () => document.querySelector(selector) !== null;

/** Centres these notes on the canvas, at least readable and at most 100%, and focuses the first. */
function centreOnCanvas(snapshot: WorkshopSnapshot, ids: readonly string[]): void {
  const area = unionRect(ids.flatMap((id) => (snapshot.blockers[id] ? [noteRect(snapshot.blockers[id])] : [])));
  const first = ids[0];
  if (!area || !first) return;
  const { viewport, camera } = useCanvasStore.getState();
  const zoom = ids.length === 1 ? Math.min(1, Math.max(camera.zoom, READABLE_ZOOM)) : 1;
  useCanvasStore.setState({ camera: fitRect(area, viewport, 24, zoom), activeId: first, focusRequest: first });
}

/** Scrolls an element to the middle of the window and gives it focus without scrolling again. */
function bringIntoFocus(element: HTMLElement | null): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

/** Shows the spotlighted record on this laptop, which is already on (or going to) the right view. */
export function showSpotlight(target: string): void {
  const snapshot = useWorkshopStore.getState().snapshot;
  const kind = spotlightKind(target);
  if (!snapshot || !kind) return;
  useSpotlight.setState({ target, at: Date.now() });
  if (kind === 'idea') {
    whenReady(present(`[data-idea-id="${CSS.escape(target)}"]`), () => {
      bringIntoFocus(document.querySelector<HTMLElement>(`[data-idea-id="${CSS.escape(target)}"] .idea-text`));
    });
    return;
  }
  const ids = kind === 'note' ? (snapshot.blockers[target] ? [target] : []) : themeNoteIds(snapshot, target);
  useWorkshopStore.setState({ selectedBlockerIds: ids });
  if (useBoardView.getState().view === 'board') {
    if (ids.length > 0) whenReady(present('.canvas-viewport'), () => centreOnCanvas(snapshot, ids));
    return;
  }
  // The list view: the theme's heading, or the note's row.
  const selector = kind === 'theme' ? `[data-theme-tools="${CSS.escape(target)}"]` : `[data-list-note-id="${CSS.escape(target)}"]`;
  whenReady(present(selector), () => {
    const found = document.querySelector<HTMLElement>(selector);
    bringIntoFocus(kind === 'theme' ? found?.closest('section')?.querySelector<HTMLElement>('h3') ?? null : found);
  });
}
