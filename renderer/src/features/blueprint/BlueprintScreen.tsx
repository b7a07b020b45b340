import { lazy, Suspense } from 'react';

// The blueprint carries the rich-text editor (TipTap, ProseMirror): it loads
// when someone opens the blueprint, not with the board.
const BlueprintView = lazy(() => import('./BlueprintView'));

export function BlueprintScreen({ workshopId }: { workshopId: string }) {
  return (
    <Suspense fallback={<p className="loading">Loading the blueprint…</p>}>
      <BlueprintView workshopId={workshopId} />
    </Suspense>
  );
}
