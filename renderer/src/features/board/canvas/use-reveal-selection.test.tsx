// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { viewRect } from '../../../../../shared/board/camera';
import { intersects } from '../../../../../shared/board/geometry';
import type { Blocker, WorkshopSnapshot } from '../../../../../shared/doc/types';
import { initialWorkshopState, useWorkshopStore } from '../../../store/workshop-store';
import { initialCanvasState, useCanvasStore } from './canvas-store';
import { noteRect } from './layout';
import { useRevealSelection } from './use-reveal-selection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const note = (id: string, x: number, y: number) => ({ id, text: id, category: 'other', x, y, createdAt: 0 }) as unknown as Blocker;
const blockers = { near: note('near', 20, 20), edge: note('edge', 1150, 20), far: note('far', 5000, 3000) };

function Probe() {
  useRevealSelection();
  return null;
}

let root: Root;
beforeEach(() => {
  useCanvasStore.setState({ ...initialCanvasState, viewport: { width: 1200, height: 700 } });
  useWorkshopStore.setState({ ...initialWorkshopState, snapshot: { blockers } as unknown as WorkshopSnapshot });
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
});
afterEach(() => act(() => root.unmount()));

const select = (ids: string[]) => act(() => useWorkshopStore.setState({ selectedBlockerIds: ids }));

describe('useRevealSelection', () => {
  it('pans to a single selected note that is wholly off screen', () => {
    select(['far']);
    const { camera, viewport } = useCanvasStore.getState();
    expect(intersects(noteRect(blockers.far), viewRect(camera, viewport))).toBe(true);
    expect(camera.zoom).toBe(1);
  });

  it('leaves the board still for notes on screen, partly on screen, or several at once', () => {
    select(['near']);
    select(['edge']);
    select(['near', 'far']);
    expect(useCanvasStore.getState().camera).toEqual(initialCanvasState.camera);
  });
});
