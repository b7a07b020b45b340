import { useLayoutEffect, useMemo, useRef } from 'react';
import { cameraTransform, drawArea } from '../../../../../shared/board/camera';
import type { Rect } from '../../../../../shared/board/geometry';
import type { SpatialIndex } from '../../../../../shared/board/spatial-index';
import type { Blocker, Theme, WorkshopCategory } from '../../../../../shared/doc/types';
import { useWorkshopStore } from '../../../store/workshop-store';
import { BlockerNote } from './BlockerNote';
import { useCanvasStore, type CanvasState } from './canvas-store';
import { categoryLooks, lookFor } from './category-look';
import { BUTTONS_MIN_ZOOM, INDEX_CELL, MAX_DOM_NOTES, OVERVIEW_ZOOM, RENDER_MARGIN_PX } from './layout';
import { OverviewCanvas } from './OverviewCanvas';

/** Most notes a drag keeps drawn while they are off screen, so a dragged group never vanishes. */
const MAX_PINNED_DRAG = 300;

/**
 * The area to draw, as a string that only changes when a pan crosses an index
 * cell or the zoom changes, so React re-renders the notes a few times per
 * pan, not every frame.
 */
function areaKey(state: CanvasState): string {
  const a = drawArea(state.camera, state.viewport, RENDER_MARGIN_PX, INDEX_CELL);
  return `${a.x},${a.y},${a.width},${a.height},${state.camera.zoom < OVERVIEW_ZOOM ? 'overview' : 'notes'}`;
}

function parseArea(key: string): { area: Rect; zoomedOut: boolean } {
  const [x, y, width, height, mode] = key.split(',');
  return { area: { x: Number(x), y: Number(y), width: Number(width), height: Number(height) }, zoomedOut: mode === 'overview' };
}

/**
 * Notes in the order they were added, which is also the order they are
 * painted (newer on top). A move never reorders the elements, so the moved
 * note keeps keyboard focus (Tab follows reading order on its own).
 */
function byAge(a: Blocker, b: Blocker): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
}

export interface NotesLayerProps {
  blockers: Readonly<Record<string, Blocker>>;
  themes: Readonly<Record<string, Theme>>;
  categories: Readonly<Record<string, WorkshopCategory>> | undefined;
  index: SpatialIndex<string>;
}

/**
 * Draws only the notes near the screen, on one layer moved by a CSS
 * transform. Zoomed far out (or with too many notes in view) the notes
 * become coloured blocks on a <canvas>; the focused or edited note stays a
 * real element so keyboard focus is never lost.
 */
export function NotesLayer({ blockers, themes, categories, index }: NotesLayerProps) {
  const layerRef = useRef<HTMLDivElement>(null);
  const key = useCanvasStore(areaKey);
  const activeId = useCanvasStore((s) => s.activeId);
  const dragIds = useCanvasStore((s) => s.dragIds);
  const editingId = useWorkshopStore((s) => s.editingBlockerId);
  const looks = categoryLooks(categories);

  // The camera and the drag offset change every frame: written straight to
  // the layer's style, never through React.
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const apply = (state: CanvasState) => {
      layer.style.transform = cameraTransform(state.camera);
      layer.style.setProperty('--drag-x', `${state.dragOffset.x}px`);
      layer.style.setProperty('--drag-y', `${state.dragOffset.y}px`);
      layer.dataset.buttons = state.camera.zoom >= BUTTONS_MIN_ZOOM ? 'shown' : 'hidden';
    };
    apply(useCanvasStore.getState());
    return useCanvasStore.subscribe(apply);
  }, []);

  const { area, zoomedOut } = parseArea(key);
  const inArea = useMemo(() => index.query(area), [index, blockers, key]);
  const overview = zoomedOut || inArea.length > MAX_DOM_NOTES;

  const drawn = useMemo(() => {
    const ids = new Set(overview ? [] : inArea);
    for (const id of [activeId, editingId]) if (id) ids.add(id);
    if (dragIds && dragIds.size <= MAX_PINNED_DRAG && !overview) for (const id of dragIds) ids.add(id);
    const notes: Blocker[] = [];
    for (const id of ids) {
      const note = blockers[id];
      if (note) notes.push(note);
    }
    return notes.sort(byAge);
  }, [overview, inArea, activeId, editingId, dragIds, blockers]);

  return (
    <>
      {overview && <OverviewCanvas blockers={blockers} looks={looks} skip={drawn} />}
      <div ref={layerRef} className="canvas-layer">
        <ul className="canvas-notes" aria-label="Blocker notes on screen">
          {drawn.map((note) => {
            const look = lookFor(looks, note.category);
            const theme = note.themeId ? themes[note.themeId] : undefined;
            return (
              <BlockerNote
                key={note.id}
                note={note}
                categoryLabel={look.label}
                categoryColour={look.colour}
                themeName={theme ? theme.name : null}
              />
            );
          })}
        </ul>
      </div>
    </>
  );
}
