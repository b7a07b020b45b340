import { useEffect } from 'react';
import { revealRect, viewRect } from '../../../../../shared/board/camera';
import { intersects } from '../../../../../shared/board/geometry';
import { useWorkshopStore } from '../../../store/workshop-store';
import { useCanvasStore } from './canvas-store';
import { noteRect } from './layout';

/**
 * When one note becomes the selection while it is wholly off screen (a note
 * just added, or picked in the list view), the board pans to show it. A note
 * partly on screen is left where it is, so a click never moves the board
 * under the pointer.
 */
export function useRevealSelection(): void {
  useEffect(
    () =>
      useWorkshopStore.subscribe((state, previous) => {
        const ids = state.selectedBlockerIds;
        if (ids === previous.selectedBlockerIds || ids.length !== 1) return;
        const id = ids[0]!;
        if (previous.selectedBlockerIds.length === 1 && previous.selectedBlockerIds[0] === id) return;
        const note = state.snapshot?.blockers[id];
        if (!note) return;
        const { camera, viewport } = useCanvasStore.getState();
        if (intersects(noteRect(note), viewRect(camera, viewport))) return;
        useCanvasStore.setState({ camera: revealRect(camera, noteRect(note), viewport, 24) });
      }),
    [],
  );
}
