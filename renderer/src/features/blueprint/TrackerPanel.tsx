import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { CHANGE_DECISIONS, SAVING_SOURCES } from '../../../../shared/doc/blueprint-lists';
import type { TrackedChange } from '../../../../shared/doc/blueprint-types';
import {
  addTrackedChange, deleteTrackedChange, editTrackedChangeText, restoreTrackedChange, updateTrackedChange,
  type TrackedChangeTextField,
} from '../../../../shared/doc/ops';
import { announce } from '../../store/workshop-store';
import { ChoiceField } from './ChoiceField';
import { formatInput } from './format';
import { commitNumber } from './number-commit';
import { inOrder } from './order';
import { SharedTextField } from './SharedTextField';
import type { WriteResult } from './use-write';
import { ValueField } from './ValueField';

type Write = (fn: (doc: Y.Doc) => void) => WriteResult;

/** The chosen small changes, each planned, tried, studied and decided on (plan-do-study-act). */
export function TrackerPanel({ changes, write }: { changes: Readonly<Record<string, TrackedChange>>; write: Write }) {
  const all = inOrder(changes);
  const live = all.filter((c) => c.deletedAt === null);
  const removed = all.filter((c) => c.deletedAt !== null);
  return (
    <div className="tracker">
      {live.length === 0 && <p>No changes in the tracker yet. Fill the blueprint from the workshop, or add one below.</p>}
      {live.map((change, i) => <ChangeCard key={change.id} change={change} number={i + 1} write={write} />)}
      <AddChange write={write} />
      {removed.length > 0 && (
        <div className="removed">
          <h5>Removed changes</h5>
          <ul className="plain-list">
            {removed.map((c) => (
              <li key={c.id}>
                {c.title}{' '}
                <button type="button" className="link-button" onClick={() => {
                  write((doc) => restoreTrackedChange(doc, c.id));
                  announce(`Restored "${c.title}" to the tracker.`);
                }}>Restore <span className="visually-hidden">“{c.title}”</span></button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function ChangeCard({ change, number, write }: { change: TrackedChange; number: number; write: Write }) {
  const text = (field: TrackedChangeTextField) => (t: string) => write((doc) => editTrackedChangeText(doc, change.id, field, t));
  const patch = (p: Parameters<typeof updateTrackedChange>[2]) => write((doc) => updateTrackedChange(doc, change.id, p));
  return (
    <fieldset className="row-card change-card">
      <legend>Change {number}: {change.title}</legend>
      <SharedTextField label="The change" multiline value={change.title} onWrite={text('title')} />
      <div className="field-row">
        <ValueField label="Owner" value={change.owner} onCommit={(t) => patch({ owner: t })} width="medium" />
        <ValueField label="Start date" kind="date" value={change.startDate} onCommit={(t) => patch({ startDate: t })} />
        <ValueField label="Review date" kind="date" value={change.reviewDate} onCommit={(t) => patch({ reviewDate: t })} />
      </div>
      <SharedTextField label="First step" multiline value={change.firstStep} onWrite={text('firstStep')} />
      <SharedTextField label="Measure" hint="How we will know it worked." multiline value={change.measure} onWrite={text('measure')} />
      <div className="field-row">
        <SharedTextField label="Baseline" hint="Where we start from." multiline value={change.baseline} onWrite={text('baseline')} />
        <SharedTextField label="Result" hint="What we found." multiline value={change.result} onWrite={text('result')} />
      </div>
      <div className="field-row">
        <ValueField
          label="Minutes saved a week" hint="For each case holder; feeds the impact model." kind="number" width="narrow" suffix="minutes"
          value={formatInput(change.minutesSaved)}
          onCommit={(t) => commitNumber(t, 'the minutes saved', (minutesSaved) => patch({ minutesSaved }))}
        />
        <ChoiceField label="Saved from" value={change.savesFrom} options={SAVING_SOURCES} onChange={(v) => v && patch({ savesFrom: v })} />
        <ChoiceField label="Decision" value={change.decision} options={CHANGE_DECISIONS} noneLabel="Not decided yet" onChange={(decision) => {
          const refused = patch({ decision });
          if (!refused) announce(`${change.title}: ${decision ? CHANGE_DECISIONS.find((d) => d.id === decision)?.label : 'not decided yet'}.`);
        }} />
      </div>
      <SharedTextField label="Learning" multiline value={change.learning} onWrite={text('learning')} />
      <button type="button" className="link-button danger" onClick={() => {
        write((doc) => deleteTrackedChange(doc, change.id));
        announce(`Removed "${change.title}" from the tracker. It is listed under Removed changes, to restore.`);
      }}>Remove this change <span className="visually-hidden">“{change.title}”</span></button>
    </fieldset>
  );
}

function AddChange({ write }: { write: Write }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form className="inline-add" onSubmit={(event) => {
      event.preventDefault();
      const refused = write((doc) => { addTrackedChange(doc, { title }); });
      setError(refused);
      if (!refused) {
        announce(`Added "${title}" to the tracker.`);
        setTitle('');
      }
    }}>
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor={id}>Add a change to the tracker</label>
        {error && <span className="error-message" id={`${id}-error`} role="alert">{error}</span>}
        <input id={id} type="text" value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      <button type="submit" className="button button-small">Add change</button>
    </form>
  );
}
