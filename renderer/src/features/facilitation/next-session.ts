import * as Y from 'yjs';
import { carryForward } from '../../../../shared/facilitation/programme';

/** The earlier session of a programme, as its whole document state, and the programme's name. */
export interface CarryForward {
  readonly earlier: Uint8Array;
  readonly programmeTitle: string;
}

/** Runs on a just-created workshop: carries the earlier session's small changes forward. */
export function startNextSession(doc: Y.Doc, from: CarryForward): number {
  const earlier = new Y.Doc();
  try {
    Y.applyUpdate(earlier, from.earlier);
    return carryForward(earlier, doc, from.programmeTitle);
  } finally {
    earlier.destroy();
  }
}
