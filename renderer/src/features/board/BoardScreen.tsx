import { useEffect, useState } from 'react';
import { useHostBase } from '../../app/use-host-base';
import { useWorkshopStore } from '../../store/workshop-store';
import { toWebSocketUrl } from '../../sync/host-url';
import { openSession } from '../../workshop/session';
import { pendingCreation } from '../workshop/pending-creation';
import { BoardHeader } from './BoardHeader';
import { CaptureForm } from './CaptureForm';
import { BoardCanvas } from './BoardCanvas';
import { useUndoShortcuts } from './use-undo-shortcuts';

export function BoardScreen({ workshopId }: { workshopId: string }) {
  const hostBase = useHostBase();
  const [error, setError] = useState<string | null>(null);
  const snapshot = useWorkshopStore((state) => state.snapshot);
  useUndoShortcuts();

  useEffect(() => {
    if (hostBase === undefined) return;
    let closed = false;
    const creation = pendingCreation(workshopId);
    const opening = openSession(workshopId, {
      syncBase: hostBase ? toWebSocketUrl(hostBase) : null,
      create: creation,
    }).catch((e: unknown) => {
      if (!closed) setError(e instanceof Error ? e.message : String(e));
      return null;
    });
    return () => {
      closed = true;
      void opening.then((session) => session?.close());
    };
  }, [hostBase, workshopId]);

  const title = snapshot?.meta.title;
  useEffect(() => {
    document.title = title ? `${title} – Small Changes Studio` : 'Small Changes Studio';
  }, [title]);

  if (error) {
    return (
      <div role="alert" className="error-summary">
        <h1>This workshop could not be opened</h1>
        <p>{error}</p>
      </div>
    );
  }
  if (!snapshot || !snapshot.meta.title) {
    return <p className="loading">Loading the workshop…</p>;
  }
  return (
    <div className="board-screen">
      <BoardHeader meta={snapshot.meta} />
      <CaptureForm noteCount={Object.keys(snapshot.blockers).length} />
      <BoardCanvas blockers={snapshot.blockers} />
    </div>
  );
}
