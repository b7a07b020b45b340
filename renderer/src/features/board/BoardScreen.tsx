import { useWorkshopStore } from '../../store/workshop-store';
import { CaptureForm } from './CaptureForm';
import { BoardCanvas } from './BoardCanvas';

/** The blocker map: quick capture above, the board below. */
export function BoardScreen(_props: { workshopId: string }) {
  const snapshot = useWorkshopStore((state) => state.snapshot);
  if (!snapshot) return null;
  return (
    <div className="board-screen">
      <CaptureForm noteCount={Object.keys(snapshot.blockers).length} />
      <BoardCanvas blockers={snapshot.blockers} />
    </div>
  );
}
