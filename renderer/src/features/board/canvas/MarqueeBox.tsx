import { worldToScreen } from '../../../../../shared/board/camera';
import { useCanvasStore } from './canvas-store';

/** The selection rectangle while it is drawn (kept in board units, drawn in viewport pixels). */
export function MarqueeBox() {
  const box = useCanvasStore((s) => s.marquee);
  const camera = useCanvasStore((s) => (s.marquee ? s.camera : null));
  if (!box || !camera) return null;
  const corner = worldToScreen(camera, box);
  return (
    <div
      className="canvas-marquee"
      aria-hidden="true"
      style={{ transform: `translate(${corner.x}px, ${corner.y}px)`, width: box.width * camera.zoom, height: box.height * camera.zoom }}
    />
  );
}
