import { useState, type FormEvent } from 'react';
import { PHASES, type PhaseId } from '../../../../shared/doc/seeded-lists';
import type { WorkshopMeta } from '../../../../shared/doc/types';
import { orderedSteps } from '../../../../shared/facilitation/agenda';
import { addStep, removeStep, restoreStep } from '../../../../shared/facilitation/agenda-ops';
import { useFacilitationStore } from './facilitation-store';
import { runOp } from './run-op';

/** The agenda as a list: add a step after the last, remove one, put a removed one back. */
export function AgendaEditor({ meta, onMessage }: { meta: WorkshopMeta; onMessage: (m: string | null) => void }) {
  const agenda = useFacilitationStore((s) => s.agenda);
  const steps = orderedSteps(agenda);
  const removed = Object.values(agenda).filter((s) => s.deletedAt !== null);
  const [label, setLabel] = useState('');
  const [stage, setStage] = useState<PhaseId>('map');

  function add(event: FormEvent) {
    event.preventDefault();
    const error = runOp((doc, me) => addStep(doc, me, { label, stage }), `Step "${label.trim()}" added`);
    onMessage(error);
    if (!error) setLabel('');
  }

  return (
    <div className="agenda-editor">
      <h3>Agenda</h3>
      <ol>
        {steps.map((s) => (
          <li key={s.id} aria-current={s.id === meta.agendaStep ? 'step' : undefined}>
            {s.label} <span className="hint">({s.minutes} min)</span>{' '}
            <button type="button" className="link-button" onClick={() => onMessage(runOp((doc, me) => removeStep(doc, me, s.id), `Step "${s.label}" removed`))}>
              Remove<span className="visually-hidden"> {s.label}</span>
            </button>
          </li>
        ))}
      </ol>
      {removed.length > 0 && (
        <p>
          Removed:{' '}
          {removed.map((s) => (
            <button key={s.id} type="button" className="link-button" onClick={() => onMessage(runOp((doc, me) => restoreStep(doc, me, s.id), `Step "${s.label}" put back`))}>
              Put back {s.label}
            </button>
          ))}
        </p>
      )}
      <form onSubmit={add} className="facilitator-row">
        <label htmlFor="new-step-name">New step</label>
        <input id="new-step-name" value={label} onChange={(e) => setLabel(e.target.value)} autoComplete="off" />
        <label htmlFor="new-step-kind">Kind</label>
        <select id="new-step-kind" value={stage} onChange={(e) => setStage(e.target.value as PhaseId)}>
          {PHASES.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
        <button type="submit" className="button button-secondary">Add step</button>
      </form>
    </div>
  );
}
