import type * as Y from 'yjs';
import { OpError } from '../../../../shared/doc/ops/op-error';
import { announce, useWorkshopStore } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { myParticipantId } from '../../workshop/identity';

/**
 * Runs a facilitation op as this laptop's participant. Returns null when it
 * worked (and announces `done`), else the plain-English reason it was refused.
 */
export function runOp(op: (doc: Y.Doc, actorId: string) => unknown, done?: string): string | null {
  const session = currentSession();
  const workshopId = useWorkshopStore.getState().workshopId;
  const actorId = workshopId ? myParticipantId(workshopId) : null;
  if (!session || !actorId) return 'Join the workshop first: add your name so the room knows who you are.';
  try {
    session.write((doc) => op(doc, actorId));
    if (done) announce(done);
    return null;
  } catch (error) {
    if (error instanceof OpError) return error.message;
    throw error;
  }
}
