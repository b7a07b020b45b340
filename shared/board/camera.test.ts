import { describe, expect, it } from 'vitest';
import {
  HOME_CAMERA, MAX_ZOOM, MIN_ZOOM, cameraTransform, clampZoom, drawArea, fitRect, panBy, revealRect, screenToWorld,
  viewRect, wheelZoomFactor, worldToScreen, zoomAt, zoomBy,
} from './camera';

const viewport = { width: 1000, height: 600 };

describe('camera', () => {
  it('converts between screen and board both ways', () => {
    const camera = { x: 100, y: -50, zoom: 2 };
    const world = screenToWorld(camera, { x: 300, y: 100 });
    expect(world).toEqual({ x: 250, y: 0 });
    expect(worldToScreen(camera, world)).toEqual({ x: 300, y: 100 });
  });

  it('keeps the point under the pointer still while zooming', () => {
    const anchor = { x: 420, y: 170 };
    const before = screenToWorld(HOME_CAMERA, anchor);
    const zoomed = zoomBy(HOME_CAMERA, 1.7, anchor);
    const after = screenToWorld(zoomed, anchor);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
    expect(zoomed.zoom).toBeCloseTo(1.7);
  });

  it('clamps zoom to its range and ignores nonsense', () => {
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0)).toBe(MIN_ZOOM);
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(zoomAt(HOME_CAMERA, 1e9, { x: 0, y: 0 }).zoom).toBe(MAX_ZOOM);
  });

  it('turns wheel notches into gentle, symmetric zoom steps', () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(-100) * wheelZoomFactor(100)).toBeCloseTo(1);
    expect(wheelZoomFactor(-10_000)).toBe(wheelZoomFactor(-100));
  });

  it('pans by screen pixels whatever the zoom', () => {
    expect(panBy({ x: 0, y: 0, zoom: 2 }, 100, -40)).toEqual({ x: 50, y: -20, zoom: 2 });
  });

  it('shows the view rectangle in board units', () => {
    expect(viewRect({ x: 10, y: 20, zoom: 0.5 }, viewport)).toEqual({ x: 10, y: 20, width: 2000, height: 1200 });
  });

  it('fits an area, centred, never past the zoom cap', () => {
    const area = { x: 0, y: 0, width: 12_000, height: 15_000 };
    const camera = fitRect(area, viewport, 24);
    const view = viewRect(camera, viewport);
    expect(view.x).toBeLessThanOrEqual(area.x);
    expect(view.y).toBeLessThanOrEqual(area.y);
    expect(view.x + view.width).toBeGreaterThanOrEqual(area.x + area.width);
    expect(view.y + view.height).toBeGreaterThanOrEqual(area.y + area.height);
    expect(view.y + view.height / 2).toBeCloseTo(area.height / 2);
    // One small note is not blown up past 100%.
    expect(fitRect({ x: 0, y: 0, width: 220, height: 130 }, viewport).zoom).toBe(1);
  });

  it('reveals an off-screen note with the smallest pan', () => {
    const note = { x: 2000, y: 100, width: 220, height: 130 };
    const camera = revealRect(HOME_CAMERA, note, viewport, 20);
    expect(camera.y).toBe(0); // already in view vertically: no vertical move
    expect(camera.x).toBe(2000 + 220 + 20 - 1000);
    // Already visible: nothing moves.
    expect(revealRect(HOME_CAMERA, { x: 50, y: 50, width: 100, height: 100 }, viewport, 20)).toEqual(HOME_CAMERA);
    // Left of the view: its left edge (with margin) comes to the view's left.
    expect(revealRect({ x: 500, y: 0, zoom: 1 }, { x: 100, y: 10, width: 50, height: 50 }, viewport, 20).x).toBe(80);
  });

  it('zooms in to a readable level when revealing from far out', () => {
    const camera = revealRect({ x: 0, y: 0, zoom: 0.1 }, { x: 5000, y: 5000, width: 200, height: 100 }, viewport, 20, 0.75);
    expect(camera.zoom).toBe(0.75);
    const view = viewRect(camera, viewport);
    expect(view.x + view.width / 2).toBeCloseTo(5100);
    expect(view.y + view.height / 2).toBeCloseTo(5050);
  });

  it('writes the CSS transform for a camera', () => {
    expect(cameraTransform({ x: 10, y: 20, zoom: 2 })).toBe('translate(-20px, -40px) scale(2)');
  });
});

describe('drawArea', () => {
  it('covers the view and its margin in whole cells, and stays put for small pans', () => {
    const camera = { x: 130, y: 70, zoom: 1 };
    const area = drawArea(camera, viewport, 200, 512);
    expect(area).toEqual({ x: -512, y: -512, width: 2048, height: 1536 });
    expect(drawArea(panBy(camera, 40, 25), viewport, 200, 512)).toEqual(area);
    const view = viewRect(camera, viewport);
    expect(area.x).toBeLessThanOrEqual(view.x - 200);
    expect(area.x + area.width).toBeGreaterThanOrEqual(view.x + view.width + 200);
  });

  it('keeps the margin in screen pixels when zoomed out', () => {
    const area = drawArea({ x: 0, y: 0, zoom: 0.5 }, viewport, 100, 100);
    expect(area).toEqual({ x: -200, y: -200, width: 2400, height: 1600 });
  });
});
