// The room's notes on the blueprint's evidence lines (the figures come from seeding).
import type * as Y from 'yjs';
import { MAX_NOTE_LENGTH } from '../schema.js';
import { editTextField } from './blueprint-util.js';

export function editEvidenceNote(doc: Y.Doc, id: string, text: string): void {
  editTextField(doc, 'evidence', id, 'note', text, { what: 'note on the evidence', max: MAX_NOTE_LENGTH, optional: true });
}
