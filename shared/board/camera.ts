import type { Point, Rect } from './geometry.js';

/**
 * Where this window looks at the board: the board point at the viewport's
 * top-left corner, and the zoom (screen pixels per board unit). Session
 * state only: never stored in the workshop document.
 */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 3;
/** One press of "zoom in" multiplies the zoom by this. */
export const ZOOM_STEP = 1.25;
export const HOME_CAMERA: Camera = { x: 0, y: 0, zoom: 1 };

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function screenToWorld(camera: Camera, p: Point): Point {
  return { x: camera.x + p.x / camera.zoom, y: camera.y + p.y / camera.zoom };
}

export function worldToScreen(camera: Camera, p: Point): Point {
  return { x: (p.x - camera.x) * camera.zoom, y: (p.y - camera.y) * camera.zoom };
}

/** The part of the board the viewport shows. */
export function viewRect(camera: Camera, viewport: Size): Rect {
  return { x: camera.x, y: camera.y, width: viewport.width / camera.zoom, height: viewport.height / camera.zoom };
}

/** Changes the zoom while the board point under `anchor` (screen pixels) stays under it. */
export function zoomAt(camera: Camera, zoom: number, anchor: Point): Camera {
  const next = clampZoom(zoom);
  const world = screenToWorld(camera, anchor);
  return { x: world.x - anchor.x / next, y: world.y - anchor.y / next, zoom: next };
}

export function zoomBy(camera: Camera, factor: number, anchor: Point): Camera {
  return zoomAt(camera, camera.zoom * factor, anchor);
}

/** The zoom a wheel turn asks for: smooth for trackpads, one step per mouse notch. */
export function wheelZoomFactor(deltaY: number): number {
  const clamped = Math.max(-100, Math.min(100, deltaY));
  return Math.exp(-clamped * 0.0022);
}

/** Moves the view by a distance in screen pixels: positive dx shows what is further right. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { x: camera.x + dx / camera.zoom, y: camera.y + dy / camera.zoom, zoom: camera.zoom };
}

/** The camera that shows `area` whole and centred, with `padding` screen pixels round it. */
export function fitRect(area: Rect, viewport: Size, padding = 24, maxZoom = 1): Camera {
  const width = Math.max(1, viewport.width - 2 * padding);
  const height = Math.max(1, viewport.height - 2 * padding);
  const zoom = clampZoom(Math.min(maxZoom, width / Math.max(1, area.width), height / Math.max(1, area.height)));
  const centre = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  return { x: centre.x - viewport.width / 2 / zoom, y: centre.y - viewport.height / 2 / zoom, zoom };
}

/**
 * The smallest pan (and, below `minZoom`, a zoom in around it) that brings
 * `area` into view with `margin` screen pixels to spare. Keyboard focus uses
 * this so the note someone tabs to is always on screen and readable.
 */
export function revealRect(camera: Camera, area: Rect, viewport: Size, margin = 24, minZoom = 0): Camera {
  if (camera.zoom < minZoom) {
    const zoom = clampZoom(minZoom);
    return {
      x: area.x + area.width / 2 - viewport.width / 2 / zoom,
      y: area.y + area.height / 2 - viewport.height / 2 / zoom,
      zoom,
    };
  }
  const m = margin / camera.zoom;
  const view = viewRect(camera, viewport);
  return {
    x: shift(view.x, view.width, area.x - m, area.width + 2 * m),
    y: shift(view.y, view.height, area.y - m, area.height + 2 * m),
    zoom: camera.zoom,
  };
}

/** New start of a 1-D window so it covers [start, start+size], moving as little as it can. */
function shift(viewStart: number, viewSize: number, start: number, size: number): number {
  if (size >= viewSize) return start; // too big to fit: show its start
  if (start < viewStart) return start;
  if (start + size > viewStart + viewSize) return start + size - viewSize;
  return viewStart;
}

/** The CSS transform that draws board coordinates through this camera. */
export function cameraTransform(camera: Camera): string {
  return `translate(${-camera.x * camera.zoom}px, ${-camera.y * camera.zoom}px) scale(${camera.zoom})`;
}

/**
 * The board area to draw: the view plus `marginPx` screen pixels on every
 * side, widened to whole `snap`-sized cells. Small pans stay inside the same
 * area, so the set of notes drawn only changes when a pan crosses a cell.
 */
export function drawArea(camera: Camera, viewport: Size, marginPx: number, snap: number): Rect {
  const m = marginPx / camera.zoom;
  const view = viewRect(camera, viewport);
  const x0 = Math.floor((view.x - m) / snap) * snap;
  const y0 = Math.floor((view.y - m) / snap) * snap;
  const x1 = Math.ceil((view.x + view.width + m) / snap) * snap;
  const y1 = Math.ceil((view.y + view.height + m) / snap) * snap;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
