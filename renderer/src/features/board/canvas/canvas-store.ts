import { create } from 'zustand';
import { HOME_CAMERA, type Camera, type Size } from '../../../../../shared/board/camera';
import type { Point, Rect } from '../../../../../shared/board/geometry';

/** What a drag on empty board does: pan the view, or draw a selection rectangle. */
export type CanvasTool = 'pan' | 'select';

/**
 * The canvas's own state, for this window only: where it looks, what is
 * being dragged. Session scope: never written to the workshop document.
 * Selection lives in the workshop store, shared with the list view.
 */
export interface CanvasState {
  camera: Camera;
  /** Size of the visible board area, in CSS pixels. */
  viewport: Size;
  tool: CanvasTool;
  /** The notes a drag is moving; set once when the drag starts. */
  dragIds: ReadonlySet<string> | null;
  /** How far the drag has moved them, in board units; changes every frame. */
  dragOffset: Point;
  /** The selection rectangle being drawn, in board units. */
  marquee: Rect | null;
  /** The note keyboard focus is on (or was last): always drawn, so focus is never lost off screen. */
  activeId: string | null;
  /** A note that should take keyboard focus as soon as it is drawn. */
  focusRequest: string | null;
}

export const initialCanvasState: CanvasState = {
  camera: HOME_CAMERA,
  viewport: { width: 800, height: 500 },
  tool: 'pan',
  dragIds: null,
  dragOffset: { x: 0, y: 0 },
  marquee: null,
  activeId: null,
  focusRequest: null,
};

export const useCanvasStore = create<CanvasState>(() => initialCanvasState);

const setCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The selection as a set, built once per selection array, so each note's check is O(1). */
export function selectionSet(ids: readonly string[]): ReadonlySet<string> {
  let set = setCache.get(ids);
  if (!set) setCache.set(ids, (set = new Set(ids)));
  return set;
}
