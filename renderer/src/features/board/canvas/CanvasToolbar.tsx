import { redoAction, undoAction } from '../../../actions/board-actions';
import { useWorkshopStore } from '../../../store/workshop-store';
import { currentSession } from '../../../workshop/session';
import {
  arrange, clearSelection, resetZoom, selectAll, zoomIn, zoomOut, zoomToFit,
} from './canvas-commands';
import { useCanvasStore, type CanvasTool } from './canvas-store';
import { useUndoState } from './use-undo-state';

function ToolButton({ tool, label, shortcut }: { tool: CanvasTool; label: string; shortcut?: string }) {
  const active = useCanvasStore((s) => s.tool === tool);
  return (
    <button
      type="button"
      className={`button button-small button-secondary${active ? ' is-pressed' : ''}`}
      aria-pressed={active}
      aria-keyshortcuts={shortcut}
      onClick={() => useCanvasStore.setState({ tool })}
    >
      {label}
    </button>
  );
}

/** Every canvas action as a visible, labelled button (each at least 24 px), beside its shortcut. */
export function CanvasToolbar() {
  const zoom = useCanvasStore((s) => Math.round(s.camera.zoom * 100));
  // Counted against the notes that still exist: a colleague may have deleted one.
  const selected = useWorkshopStore((s) => s.selectedBlockerIds.filter((id) => s.snapshot?.blockers[id]).length);
  const { canUndo, canRedo } = useUndoState();
  const run = (perform: typeof undoAction.perform) => () => {
    const session = currentSession();
    if (session) perform(session);
  };

  return (
    <div className="canvas-toolbar">
      <div className="toolbar-group" role="group" aria-label="Zoom">
        <button type="button" className="button button-small button-secondary" aria-keyshortcuts="-" onClick={zoomOut}>Zoom out</button>
        <output className="zoom-level" aria-label="Zoom level" aria-live="off">{zoom}%</output>
        <button type="button" className="button button-small button-secondary" aria-keyshortcuts="Plus" onClick={zoomIn}>Zoom in</button>
        <button type="button" className="button button-small button-secondary" aria-keyshortcuts="0" onClick={resetZoom}>Reset zoom</button>
        <button type="button" className="button button-small button-secondary" aria-keyshortcuts="F" onClick={zoomToFit}>Zoom to fit</button>
      </div>
      <div className="toolbar-group" role="group" aria-label="Dragging the empty board">
        <ToolButton tool="pan" label="Drag to pan" />
        <ToolButton tool="select" label="Drag to select" />
      </div>
      <div className="toolbar-group" role="group" aria-label="Selection">
        <button type="button" className="button button-small button-secondary" aria-keyshortcuts="Control+A" onClick={selectAll}>Select all</button>
        <button type="button" className="button button-small button-secondary" aria-keyshortcuts="Escape" onClick={clearSelection} disabled={selected === 0}>
          Clear selection
        </button>
        <span className="selection-count">{selected === 0 ? 'None selected' : `${selected} selected`}</span>
        <button type="button" className="button button-small button-secondary" onClick={arrange}>
          {selected > 0 ? 'Arrange selected' : 'Arrange all'}
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="History">
        <button type="button" className="button button-small button-secondary" aria-keyshortcuts="Control+Z" onClick={run(undoAction.perform)} disabled={!canUndo}>
          Undo
        </button>
        <button type="button" className="button button-small button-secondary" aria-keyshortcuts="Control+Shift+Z" onClick={run(redoAction.perform)} disabled={!canRedo}>
          Redo
        </button>
      </div>
    </div>
  );
}
