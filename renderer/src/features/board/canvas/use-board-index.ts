import { useRef } from 'react';
import { SpatialIndex } from '../../../../../shared/board/spatial-index';
import type { Blocker } from '../../../../../shared/doc/types';
import { INDEX_CELL, noteRect } from './layout';

/**
 * The board's spatial index, kept in step with the mirrored blockers. The
 * mirror keeps untouched notes' identity, so each new snapshot costs one
 * comparison per note plus the work for the notes that really changed.
 */
export function useBoardIndex(blockers: Readonly<Record<string, Blocker>>): SpatialIndex<string> {
  const state = useRef<{ index: SpatialIndex<string>; synced: Readonly<Record<string, Blocker>> | null } | null>(null);
  if (state.current === null) state.current = { index: new SpatialIndex<string>(INDEX_CELL), synced: null };
  const current = state.current;
  if (current.synced !== blockers) {
    current.index.syncRecords(current.synced, blockers, noteRect);
    current.synced = blockers;
  }
  return current.index;
}
