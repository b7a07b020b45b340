import { memo, useState } from 'react';
import { categoryFor, type BoardCategory } from '../../../../../shared/board/categories';
import { FREQUENCIES, SCOPES } from '../../../../../shared/doc/schema';
import type { Blocker } from '../../../../../shared/doc/types';
import { deleteBlockerAction } from '../../../actions/board-actions';
import { announce, useWorkshopStore } from '../../../store/workshop-store';
import { run } from '../../../actions/perform-or-say-why';
import { CategoryLabel } from '../fields/CategoryLabel';
import { ListNoteEditor } from './ListNoteEditor';

export const domId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '');

function toggleSelected(id: string): void {
  const selected = useWorkshopStore.getState().selectedBlockerIds;
  useWorkshopStore.setState({ selectedBlockerIds: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id] });
}

/** Shows this note's details in the panel under the capture box, and takes the keyboard there. */
function showDetails(id: string): void {
  useWorkshopStore.setState({ selectedBlockerIds: [id] });
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.fields-panel select, .fields-panel input')?.focus());
}

interface Props {
  note: Blocker;
  categories: readonly BoardCategory[];
  themeName: string | null;
  sameAsText: string | null;
  selected: boolean;
  /** Where focus goes when this note is deleted. */
  focusAfterDelete: string | null;
}

/** One note in the list: its words, every field as text, and what can be done with it. */
export const ListNote = memo(function ListNote({ note, categories, themeName, sameAsText, selected, focusAfterDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const id = domId(note.id);
  const category = categoryFor(categories, note.category);

  function remove() {
    if (run(deleteBlockerAction, { id: note.id })) return;
    useWorkshopStore.setState((s) => ({ selectedBlockerIds: s.selectedBlockerIds.filter((x) => x !== note.id) }));
    announce('Note deleted. Press Ctrl+Z to undo.');
    const next = focusAfterDelete ? document.getElementById(`select-${domId(focusAfterDelete)}`) : null;
    (next ?? document.getElementById('list-heading'))?.focus();
  }

  return (
    <li className={`list-note${selected ? ' list-note-selected' : ''}`} aria-labelledby={`text-${id}`} data-list-note-id={note.id}>
      <div className="list-note-head">
        <input type="checkbox" id={`select-${id}`} checked={selected} onChange={() => toggleSelected(note.id)} />
        <label htmlFor={`select-${id}`} className="list-select-label">Select<span className="visually-hidden"> note: {note.text}</span></label>
        {editing ? null : <p className="list-note-text" id={`text-${id}`}>{note.text}</p>}
      </div>
      {editing && <ListNoteEditor note={note} onDone={() => { setEditing(false); requestAnimationFrame(() => document.getElementById(`edit-${id}`)?.focus()); }} />}
      <dl className="list-note-fields">
        <div><dt>Category</dt><dd><CategoryLabel category={category} /></dd></div>
        <div><dt>Theme</dt><dd>{themeName ?? 'Not in a theme'}</dd></div>
        <div><dt>Scope of control</dt><dd>{SCOPES.find((s) => s.id === note.scope)?.label ?? 'Not said'}</dd></div>
        <div><dt>How often</dt><dd>{FREQUENCIES.find((f) => f.id === note.frequency)?.label ?? 'Not said'}</dd></div>
        <div><dt>Minutes lost per week</dt><dd>{note.minutesPerWeek === null ? 'Not estimated' : `${note.minutesPerWeek} per worker`}</dd></div>
        {note.affects && <div><dt>Affects</dt><dd>{note.affects}</dd></div>}
        {note.evidence && <div><dt>Evidence</dt><dd>{note.evidence}</dd></div>}
        {sameAsText && <div><dt>Same as</dt><dd>“{sameAsText}” (counted once)</dd></div>}
      </dl>
      {!editing && (
        <div className="note-actions">
          <button type="button" className="link-button" id={`edit-${id}`} onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> note: {note.text}</span>
          </button>
          <button type="button" className="link-button" onClick={() => showDetails(note.id)}>
            Details<span className="visually-hidden"> of note: {note.text}</span>
          </button>
          <button type="button" className="link-button danger" onClick={remove}>
            Delete<span className="visually-hidden"> note: {note.text}</span>
          </button>
        </div>
      )}
    </li>
  );
});
