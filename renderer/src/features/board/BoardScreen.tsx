import './board.css';
import { memo, useEffect } from 'react';
import { useWorkshopStore } from '../../store/workshop-store';
import { BoardCanvas } from './BoardCanvas';
import { useBoardView } from './board-view';
import { CaptureForm } from './CaptureForm';
import { CategoryEditor } from './fields/CategoryEditor';
import { NoteFieldsPanel } from './fields/NoteFieldsPanel';
import { ListView } from './list/ListView';
import { PrivateNotesList } from './private/PrivateNotesList';
import { PrivateWritingBar } from './private/PrivateWritingBar';
import { usePublishOnReveal } from './private/use-publish-on-reveal';
import { DuplicateSuggestions } from './themes/DuplicateSuggestions';
import { themeForDrop } from './themes/theme-actions';
import { useGroupShortcut } from './themes/use-group-shortcut';
import { TotalsPanel } from './totals/TotalsPanel';
import { ViewSwitch } from './ViewSwitch';
import { RoomPanel } from '../room/RoomPanel';

// These read the store themselves: kept out of the board's re-render on
// every change to a note, they render only when what they show changes.
const Capture = memo(CaptureForm);
const PrivateNotes = memo(PrivateNotesList);
const Room = memo(RoomPanel);
const Beside = memo(function Beside() {
  return (
    // Beside the board, not above it: the panel's height changes with the
    // selection, and above the canvas that moved the notes under the pointer.
    <aside className="board-side" aria-label="The selected note, totals, duplicates and categories">
      <NoteFieldsPanel />
      <TotalsPanel />
      <DuplicateSuggestions />
      <CategoryEditor />
    </aside>
  );
});

/**
 * The blocker map: how notes are shared, quick capture, then the board as a
 * canvas or a list, with the selected note's details, totals, duplicates and
 * categories beside it.
 */
export function BoardScreen({ workshopId }: { workshopId: string }) {
  const snapshot = useWorkshopStore((state) => state.snapshot);
  const view = useBoardView((s) => s.view);
  usePublishOnReveal(workshopId);
  useGroupShortcut();

  // A note deleted by a colleague drops out of this window's selection.
  const blockers = snapshot?.blockers;
  useEffect(() => {
    if (!blockers) return;
    const selected = useWorkshopStore.getState().selectedBlockerIds;
    const kept = selected.filter((id) => id in blockers);
    if (kept.length !== selected.length) useWorkshopStore.setState({ selectedBlockerIds: kept });
  }, [blockers]);

  if (!snapshot) return null;
  return (
    <div className="board-screen">
      <PrivateWritingBar workshopId={workshopId} meta={snapshot.meta} />
      <Capture noteCount={Object.keys(snapshot.blockers).length} />
      <PrivateNotes workshopId={workshopId} />
      <div className="board-layout">
        <div className="board-main">
          <ViewSwitch />
          {view === 'board' ? <BoardCanvas blockers={snapshot.blockers} onDropOnNote={themeForDrop} /> : <ListView />}
        </div>
        <Beside />
      </div>
      <Room workshopId={workshopId} />
    </div>
  );
}
