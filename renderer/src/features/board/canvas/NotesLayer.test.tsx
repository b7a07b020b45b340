// @vitest-environment happy-dom
import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawArea, panBy, zoomAt } from '../../../../../shared/board/camera';
import { intersects } from '../../../../../shared/board/geometry';
import { SpatialIndex } from '../../../../../shared/board/spatial-index';
import type { Blocker } from '../../../../../shared/doc/types';
import { initialWorkshopState, useWorkshopStore } from '../../../store/workshop-store';
import { initialCanvasState, useCanvasStore } from './canvas-store';
import { INDEX_CELL, OVERVIEW_ZOOM, RENDER_MARGIN_PX, noteRect } from './layout';
import { NotesLayer } from './NotesLayer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const COUNT = 5000;
const VIEWPORT = { width: 1200, height: 700 };

function board(): Record<string, Blocker> {
  const out: Record<string, Blocker> = {};
  for (let i = 0; i < COUNT; i += 1) {
    const id = `blocker:n${i}`;
    out[id] = {
      id, text: `Note ${i}`, category: 'forms', scope: null, affects: '', frequency: null, minutesPerWeek: null,
      evidence: '', authorId: null, x: 20 + (i % 60) * 240, y: 20 + Math.floor(i / 60) * 170, themeId: null,
      createdAt: i, sameAs: null,
    } as Blocker;
  }
  return out;
}

let container: HTMLDivElement;
let root: Root;
let commits: number;
const blockers = board();
const index = new SpatialIndex<string>(INDEX_CELL);
index.syncRecords(null, blockers, noteRect);

function renderLayer() {
  act(() =>
    root.render(
      <Profiler id="notes" onRender={() => (commits += 1)}>
        <NotesLayer blockers={blockers} themes={{}} categories={undefined} index={index} />
      </Profiler>,
    ),
  );
}

const drawnIds = () => [...container.querySelectorAll<HTMLElement>('[data-note-id]')].map((el) => el.dataset.noteId!);

beforeEach(() => {
  useCanvasStore.setState({ ...initialCanvasState, viewport: VIEWPORT });
  useWorkshopStore.setState(initialWorkshopState);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  commits = 0;
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('NotesLayer', () => {
  it('draws only the notes near the screen, not all 5,000', () => {
    renderLayer();
    const area = drawArea(initialCanvasState.camera, VIEWPORT, RENDER_MARGIN_PX, INDEX_CELL);
    const expected = Object.values(blockers).filter((n) => intersects(noteRect(n), area)).map((n) => n.id).sort();
    expect(drawnIds().sort()).toEqual(expected);
    expect(expected.length).toBeLessThan(150);
    // Each note says what it is in words: its category label, not only a colour.
    expect(container.querySelector('[data-note-id="blocker:n0"]')?.textContent).toContain('Forms');
  });

  it('does not re-render for a pan within the drawn area or for drag frames', () => {
    renderLayer();
    const before = commits;
    const first = container.querySelector('[data-note-id="blocker:n0"]');
    act(() => useCanvasStore.setState((s) => ({ camera: panBy(s.camera, 30, 20) })));
    act(() => useCanvasStore.setState((s) => ({ camera: panBy(s.camera, 40, -10) })));
    expect(commits).toBe(before);
    // The layer itself moved, through its style, without React.
    expect((container.querySelector('.canvas-layer') as HTMLElement).style.transform).toBe('translate(-70px, -10px) scale(1)');

    act(() => useCanvasStore.setState({ dragIds: new Set(['blocker:n0']), dragOffset: { x: 1, y: 1 } }));
    const afterDragStart = commits;
    for (let frame = 2; frame < 30; frame += 1) act(() => useCanvasStore.setState({ dragOffset: { x: frame, y: frame } }));
    expect(commits).toBe(afterDragStart);
    expect(container.querySelectorAll('.note-dragging')).toHaveLength(1);
    expect((container.querySelector('.canvas-layer') as HTMLElement).style.getPropertyValue('--drag-x')).toBe('29px');
    // The note kept its element: nothing was remounted.
    expect(container.querySelector('[data-note-id="blocker:n0"]')).toBe(first);
  });

  it('draws the newly reached notes after a long pan', () => {
    renderLayer();
    act(() => useCanvasStore.setState((s) => ({ camera: panBy(s.camera, 6000, 4000) })));
    const ids = drawnIds();
    expect(ids).not.toContain('blocker:n0');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(150);
  });

  it('switches to painted blocks when zoomed far out, keeping the focused note as an element', () => {
    useCanvasStore.setState({ activeId: 'blocker:n4999' });
    renderLayer();
    act(() => useCanvasStore.setState((s) => ({ camera: zoomAt(s.camera, OVERVIEW_ZOOM / 2, { x: 0, y: 0 }) })));
    expect(drawnIds()).toEqual(['blocker:n4999']);
    expect(container.querySelector('canvas')?.getAttribute('aria-label')).toMatch(/5000 notes shown as coloured blocks/);
  });
});
