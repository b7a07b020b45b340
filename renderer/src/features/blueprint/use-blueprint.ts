import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { BlueprintSnapshot } from '../../../../shared/doc/blueprint-types';
import { readBlueprint } from '../../../../shared/doc/read-blueprint';
import { recordsOf, type RecordKind } from '../../../../shared/doc/schema';

const BLUEPRINT_KINDS: readonly RecordKind[] = ['decision', 'supportTeam', 'teamRole', 'teamDesign', 'trackedChange', 'evidence', 'impactModel'];

/**
 * A read-only mirror of the blueprint's structured parts. It is read again as
 * a whole when any of them changes: a blueprint holds tens of rows, not
 * thousands, so that stays well under a millisecond.
 */
function blueprintSource(doc: Y.Doc) {
  let snapshot: BlueprintSnapshot = readBlueprint(doc);
  return {
    subscribe(onChange: () => void): () => void {
      const roots = BLUEPRINT_KINDS.map((kind) => recordsOf(doc, kind));
      const listener = () => {
        snapshot = readBlueprint(doc);
        onChange();
      };
      roots.forEach((root) => root.observeDeep(listener));
      // Something may have changed between the first read and subscribing.
      listener();
      return () => roots.forEach((root) => root.unobserveDeep(listener));
    },
    get: () => snapshot,
  };
}

export function useBlueprint(doc: Y.Doc): BlueprintSnapshot {
  const source = useMemo(() => blueprintSource(doc), [doc]);
  return useSyncExternalStore(source.subscribe, source.get);
}
