import { useEffect, useMemo, useRef } from 'react';
import { viewRect, type Camera } from '../../../../../shared/board/camera';
import { intersects } from '../../../../../shared/board/geometry';
import type { Blocker } from '../../../../../shared/doc/types';
import { useWorkshopStore } from '../../../store/workshop-store';
import { selectionSet, useCanvasStore } from './canvas-store';
import { lookFor, type CategoryLook } from './category-look';
import { noteRect } from './layout';

const SELECTED_STROKE = '#1d70b8';
const NOTE_STROKE = '#505a5f';

export interface OverviewCanvasProps {
  blockers: Readonly<Record<string, Blocker>>;
  looks: Map<string, CategoryLook>;
  /** Notes drawn as elements on top (the focused one): not painted twice. */
  skip: readonly Blocker[];
}

interface Scene {
  camera: Camera;
  selection: readonly string[];
  dragIds: ReadonlySet<string> | null;
}

/**
 * The zoomed-out board: every note in view as a block in its category's
 * colour, selected ones outlined, painted on one <canvas> at most once a
 * frame. While notes are dragged, the still ones are painted once into a
 * cached bitmap and each frame only copies it and paints the moving ones.
 * The list view is the way to read every note with a screen reader.
 */
export function OverviewCanvas({ blockers, looks, skip }: OverviewCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewport = useCanvasStore((s) => s.viewport);
  // Painting order, oldest first so newer notes lie on top, as on the full-size board: sorted once per board version.
  const ordered = useMemo(
    () => Object.values(blockers).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
    [blockers],
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const skipIds = new Set(skip.map((n) => n.id));
    const ratio = window.devicePixelRatio || 1;
    const still = document.createElement('canvas');
    still.width = canvas.width;
    still.height = canvas.height;
    let stillScene: Scene | null = null;
    let frame = 0;

    function paintNotes(target: CanvasRenderingContext2D, scene: Scene, which: (note: Blocker) => boolean, offset: { x: number; y: number }) {
      const { camera } = scene;
      const selected = selectionSet(scene.selection);
      target.setTransform(ratio * camera.zoom, 0, 0, ratio * camera.zoom, (offset.x - camera.x) * camera.zoom * ratio, (offset.y - camera.y) * camera.zoom * ratio);
      const view = viewRect(camera, viewport);
      const outline = camera.zoom >= 0.08;
      const thin = 2 / camera.zoom;
      for (const note of ordered) {
        if (skipIds.has(note.id) || !which(note)) continue;
        const rect = noteRect(note);
        if (!intersects({ x: rect.x + offset.x, y: rect.y + offset.y, width: rect.width, height: rect.height }, view)) continue;
        target.fillStyle = lookFor(looks, note.category).colour;
        target.fillRect(rect.x, rect.y, rect.width, rect.height);
        if (selected.has(note.id)) {
          target.strokeStyle = SELECTED_STROKE;
          target.lineWidth = 3 * thin;
          target.strokeRect(rect.x, rect.y, rect.width, rect.height);
        } else if (outline) {
          target.strokeStyle = NOTE_STROKE;
          target.lineWidth = thin;
          target.strokeRect(rect.x, rect.y, rect.width, rect.height);
        }
      }
    }

    function clear(target: CanvasRenderingContext2D) {
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.clearRect(0, 0, canvas!.width, canvas!.height);
    }

    const paint = () => {
      frame = 0;
      const { camera, dragIds, dragOffset } = useCanvasStore.getState();
      const scene: Scene = { camera, selection: useWorkshopStore.getState().selectedBlockerIds, dragIds };
      if (!dragIds) {
        stillScene = null;
        clear(context);
        paintNotes(context, scene, () => true, { x: 0, y: 0 });
        return;
      }
      const cached = stillScene;
      if (!cached || cached.camera !== camera || cached.selection !== scene.selection || cached.dragIds !== dragIds) {
        const stillContext = still.getContext('2d')!;
        clear(stillContext);
        paintNotes(stillContext, scene, (n) => !dragIds.has(n.id), { x: 0, y: 0 });
        stillScene = scene;
      }
      clear(context);
      context.drawImage(still, 0, 0);
      paintNotes(context, scene, (n) => dragIds.has(n.id), dragOffset);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    paint();
    const stopCanvas = useCanvasStore.subscribe(schedule);
    const stopSelection = useWorkshopStore.subscribe((s, prev) => {
      if (s.selectedBlockerIds !== prev.selectedBlockerIds) schedule();
    });
    return () => {
      stopCanvas();
      stopSelection();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ordered, looks, skip, viewport]);

  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={canvasRef}
      className="canvas-overview"
      width={Math.round(viewport.width * ratio)}
      height={Math.round(viewport.height * ratio)}
      style={{ width: viewport.width, height: viewport.height }}
      role="img"
      aria-label={`Zoomed out: ${ordered.length} notes shown as coloured blocks. Zoom in to read them, or use the list view.`}
    />
  );
}
