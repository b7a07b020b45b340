import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { panBy, wheelZoomFactor, zoomBy } from '../../../../../shared/board/camera';
import type { SpatialIndex } from '../../../../../shared/board/spatial-index';
import { useCanvasStore } from './canvas-store';
import { MarqueeBox } from './MarqueeBox';
import { useCanvasKeys } from './use-canvas-keys';
import { useCanvasPointer, type DropOnNote, type HeldKeys } from './use-canvas-pointer';

/** Pixels one wheel "line" stands for, when a mouse reports lines rather than pixels. */
const LINE_PX = 16;

export interface CanvasViewportProps {
  index: SpatialIndex<string>;
  onDropOnNote: DropOnNote | undefined;
  children: ReactNode;
}

/**
 * The visible window onto the board. It is the "canvas background": it takes
 * focus (arrow keys pan), and it owns every pointer, wheel and key handler,
 * so notes stay plain elements.
 */
export function CanvasViewport({ index, onDropOnNote, children }: CanvasViewportProps) {
  const ref = useRef<HTMLDivElement>(null);
  const keys = useRef<HeldKeys>({ space: false, spacePanned: false });
  const pointer = useCanvasPointer(ref, index, keys, onDropOnNote);
  const keyboard = useCanvasKeys(ref, keys, pointer.cancelGesture);
  const tool = useCanvasStore((s) => s.tool);

  // Size: the camera maths and culling need the viewport's size in CSS pixels,
  // measured before the first paint so the first frame draws the right notes.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      const current = useCanvasStore.getState().viewport;
      if (width !== current.width || height !== current.height) useCanvasStore.setState({ viewport: { width, height } });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Wheel and pinch: React's wheel listener is passive, so it could not stop the page scrolling.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? element.clientHeight : 1;
      const box = element.getBoundingClientRect();
      const at = { x: event.clientX - box.left, y: event.clientY - box.top };
      const { camera } = useCanvasStore.getState();
      if (event.shiftKey && !event.ctrlKey) {
        useCanvasStore.setState({ camera: panBy(camera, event.deltaX * unit, event.deltaY * unit) });
      } else {
        useCanvasStore.setState({ camera: zoomBy(camera, wheelZoomFactor(event.deltaY * unit), at) });
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  return (
    <div
      ref={ref}
      className={`canvas-viewport canvas-tool-${tool}`}
      role="group"
      aria-roledescription="canvas"
      aria-label="Board canvas"
      aria-describedby="canvas-instructions"
      tabIndex={0}
      {...keyboard}
      onPointerDown={pointer.onPointerDown}
      onPointerMove={pointer.onPointerMove}
      onPointerUp={pointer.onPointerUp}
      onPointerCancel={pointer.onPointerCancel}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) keys.current.space = false;
      }}
      // Focusing an element never scrolls the board: the camera does the moving.
      onScroll={(event) => {
        event.currentTarget.scrollTop = 0;
        event.currentTarget.scrollLeft = 0;
      }}
    >
      {children}
      <MarqueeBox />
    </div>
  );
}
