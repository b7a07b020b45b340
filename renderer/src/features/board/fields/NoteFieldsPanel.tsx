import { readMinutes } from '../../../../../shared/board/minutes';
import { FREQUENCIES, SCOPES } from '../../../../../shared/doc/schema';
import type { Blocker, CategoryRef } from '../../../../../shared/doc/types';
import type { BlockerPatch } from '../../../../../shared/doc/ops';
import { announce, useWorkshopStore } from '../../../store/workshop-store';
import { useBoardView } from '../board-view';
import { groupIntoTheme, markSame, setThemeAction, unmarkSameAction } from '../themes/theme-actions';
import { run, runInForm } from '../../../actions/perform-or-say-why';
import { updateFieldsAction } from './field-actions';
import { CategoryLabel } from './CategoryLabel';
import { TextFieldRow } from './TextFieldRow';
import { useBoardCategories } from './use-board-categories';
import { categoryFor } from '../../../../../shared/board/categories';

const NO_IDS: readonly string[] = [];

function save(ids: readonly string[], patch: BlockerPatch): string | null {
  const problem = runInForm(updateFieldsAction, { ids, patch });
  if (!problem) announce('Saved');
  return problem;
}

/**
 * The details of the selected note (or notes), right under the capture box:
 * add a note with Enter, then Tab into its category, scope and estimate.
 * Selects save at once; text saves when you leave the field or press Enter.
 */
export function NoteFieldsPanel() {
  const selected = useWorkshopStore((s) => s.selectedBlockerIds ?? NO_IDS);
  const blockers = useWorkshopStore((s) => s.snapshot?.blockers);
  const lastAdded = useBoardView((s) => s.lastAdded);
  const chosen = selected.map((id) => blockers?.[id]).filter((n): n is Blocker => n !== undefined);
  // Nothing selected: the note this person just added, so its details are one Tab from the capture box.
  const justAdded = chosen.length === 0 && lastAdded ? blockers?.[lastAdded] : undefined;
  const notes = justAdded ? [justAdded] : chosen;
  const heading = notes.length === 0 ? 'Details of a note'
    : justAdded ? 'Details of the note you just added'
      : notes.length === 1 ? 'Details of the selected note' : `${notes.length} notes selected`;
  return (
    <section className="fields-panel" aria-labelledby="fields-heading">
      <h2 id="fields-heading" className="panel-heading">{heading}</h2>
      {notes.length === 0 && (
        <p className="hint">Select a note on the board or in the list (or add one) to give its category, who it affects, how often, the time lost and whose to change it is.</p>
      )}
      {notes.length === 1 && <OneNote key={notes[0]!.id} note={notes[0]!} />}
      {notes.length > 1 && <ManyNotes notes={notes} />}
    </section>
  );
}

function OneNote({ note }: { note: Blocker }) {
  const categories = useBoardCategories();
  const themes = useWorkshopStore((s) => s.snapshot?.themes ?? {});
  const sameAsNote = useWorkshopStore((s) => (note.sameAs ? s.snapshot?.blockers[note.sameAs] : undefined));
  const ids = [note.id];
  const base = `fields-${note.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const themeList = Object.values(themes).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="fields-grid">
      <p className="fields-note-text">“{note.text}”</p>
      <div className="field field-compact">
        <label htmlFor={`${base}-category`}>Category</label>
        <select id={`${base}-category`} value={categoryFor(categories, note.category).id}
          onChange={(e) => save(ids, { category: e.target.value as CategoryRef })}>
          {categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
        <span className="hint"><CategoryLabel category={categoryFor(categories, note.category)} /></span>
      </div>
      <TextFieldRow id={`${base}-affects`} label="Who it affects" hint="For example: social workers, families, business support"
        value={note.affects} onCommit={(typed) => save(ids, { affects: typed.trim() })} />
      <div className="field field-compact">
        <label htmlFor={`${base}-frequency`}>How often</label>
        <select id={`${base}-frequency`} value={note.frequency ?? ''}
          onChange={(e) => save(ids, { frequency: (e.target.value || null) as BlockerPatch['frequency'] })}>
          <option value="">Not said</option>
          {FREQUENCIES.map((f) => <option key={f.id} value={f.id}>{f.label}</option>)}
        </select>
      </div>
      <TextFieldRow id={`${base}-minutes`} label="Minutes lost per week, per worker" hint="A number, for example 30"
        inputMode="decimal" value={note.minutesPerWeek === null ? '' : String(note.minutesPerWeek)}
        onCommit={(typed) => {
          const reading = readMinutes(typed);
          return reading.ok ? save(ids, { minutesPerWeek: reading.value }) : reading.error;
        }} />
      <div className="field field-compact">
        <label htmlFor={`${base}-scope`}>Scope of control</label>
        <select id={`${base}-scope`} value={note.scope ?? ''}
          onChange={(e) => save(ids, { scope: (e.target.value || null) as BlockerPatch['scope'] })}>
          <option value="">Not said</option>
          {SCOPES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </select>
      </div>
      <div className="field field-compact">
        <label htmlFor={`${base}-theme`}>Theme</label>
        <select id={`${base}-theme`} value={note.themeId && themes[note.themeId] ? note.themeId : ''}
          onChange={(e) => {
            if (e.target.value === '__new__') groupIntoTheme(ids);
            else if (!run(setThemeAction, { ids, themeId: e.target.value || null })) announce('Theme changed');
          }}>
          <option value="">Not in a theme</option>
          {themeList.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          <option value="__new__">New theme…</option>
        </select>
      </div>
      <TextFieldRow id={`${base}-evidence`} label="Evidence (optional)" hint="Where the estimate comes from. Ctrl+Enter saves."
        multiline value={note.evidence} onCommit={(typed) => save(ids, { evidence: typed.trim() })} />
      {sameAsNote && (
        <p className="same-as">
          Marked as the same as “{sameAsNote.text}”: the totals count them once.{' '}
          <button type="button" className="link-button" onClick={() => run(unmarkSameAction, { id: note.id })}>Not the same</button>
        </p>
      )}
    </div>
  );
}

function ManyNotes({ notes }: { notes: readonly Blocker[] }) {
  const categories = useBoardCategories();
  const ids = notes.map((n) => n.id);
  return (
    <div className="fields-grid">
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => groupIntoTheme(ids)}>
          Group into theme <kbd aria-hidden="true">G</kbd>
        </button>
        <button type="button" className="button button-small button-secondary" onClick={() => markSame(ids)}>Mark as the same</button>
      </div>
      <div className="field field-compact">
        <label htmlFor="fields-many-category">Category for all {notes.length}</label>
        <select id="fields-many-category" value="" onChange={(e) => e.target.value && save(ids, { category: e.target.value as CategoryRef })}>
          <option value="">Choose…</option>
          {categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
      </div>
      <div className="field field-compact">
        <label htmlFor="fields-many-scope">Scope of control, for all {notes.length}</label>
        <select id="fields-many-scope" value="" onChange={(e) => e.target.value && save(ids, { scope: e.target.value as BlockerPatch['scope'] })}>
          <option value="">Choose…</option>
          {SCOPES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </select>
      </div>
    </div>
  );
}
