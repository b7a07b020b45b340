// Schema 1 -> 2: a workshop from before facilitation gets the standard agenda
// (fixed ids, so two laptops migrating at once write the same records), not
// yet started (so nothing it allowed before is closed by a phase until its
// facilitator starts the agenda), the board unlocked and no timer.
import type * as Y from 'yjs';
import { metaMap } from '../doc/schema.js';
import { orderedSteps, readAgenda } from './agenda.js';
import { standardSteps, writeSteps } from './agenda-ops.js';

export function addFacilitation(doc: Y.Doc): void {
  const meta = metaMap(doc);
  if (orderedSteps(readAgenda(doc)).length === 0) writeSteps(doc, standardSteps());
  if (!meta.has('agendaStep')) meta.set('agendaStep', null);
  if (!meta.has('boardLocked')) meta.set('boardLocked', false);
  if (!meta.has('timerStartedAt')) meta.set('timerStartedAt', null);
  if (!meta.has('timerSeconds')) meta.set('timerSeconds', 0);
  meta.set('schemaVersion', 2);
}
