import { useState } from 'react';
import type { WorkshopMeta } from '../../../../shared/doc/types';
import { currentStep, orderedSteps } from '../../../../shared/facilitation/agenda';
import { nextStep, previousStep, startStep } from '../../../../shared/facilitation/agenda-ops';
import { isFollowView } from '../../../../shared/facilitation/stages';
import { addTimerTime, followMe, setBoardLocked, startTimer, stopFollowMe, stopTimer } from '../../../../shared/facilitation/room-ops';
import type { WorkshopView } from '../../app/route';
import { useWorkshopStore } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { AgendaEditor } from './AgendaEditor';
import { hostNow } from './clock-sync';
import { useFacilitationStore } from './facilitation-store';
import { useHandCounts } from './hands';
import { NextSession } from './NextSession';
import { ProgrammeReview } from './ProgrammeReview';
import { RolesPanel } from './RolesPanel';
import { runOp } from './run-op';
import { SaveTemplate } from './SaveTemplate';
import { SurveyResults } from './SurveyResults';

/** The facilitator's controls: move through the agenda, keep time, lock, lead, and see hands. */
export function FacilitatorPanel({ meta, view }: { meta: WorkshopMeta; view: WorkshopView }) {
  const agenda = useFacilitationStore((s) => s.agenda);
  const steps = orderedSteps(agenda);
  const step = currentStep({ meta, agenda });
  const [jumpTo, setJumpTo] = useState('');
  const [minutes, setMinutes] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const selected = useWorkshopStore((s) => s.selectedBlockerIds);
  const counts = useHandCounts(currentSession()?.awareness ?? null);

  const run = (op: Parameters<typeof runOp>[0], done: string) => setMessage(runOp(op, done));

  function start() {
    const value = minutes.trim() === '' ? (step?.minutes ?? 0) : Number(minutes);
    if (!Number.isFinite(value) || value <= 0 || value > 360) {
      setMessage('Enter the minutes for the timer, between 1 and 360.');
      return;
    }
    run((doc, me) => startTimer(doc, me, Math.round(value * 60), hostNow()), `Timer started: ${value} minutes`);
  }

  return (
    <section className="facilitator-panel" aria-labelledby="facilitator-heading">
      <h2 id="facilitator-heading">Facilitator controls</h2>
      {message && <p className="error-message" role="alert">{message}</p>}
      <div className="facilitator-row" role="group" aria-label="Agenda">
        <button type="button" className="button button-secondary" onClick={() => run(previousStep, 'Went back a step')}>Previous step</button>
        <button type="button" className="button" onClick={() => run(nextStep, 'Moved to the next step')}>{step ? 'Next step' : 'Start the agenda'}</button>
        <label htmlFor="jump-step">Go to step</label>
        <select id="jump-step" value={jumpTo} onChange={(e) => setJumpTo(e.target.value)}>
          <option value="">Choose a step</option>
          {steps.map((s, i) => <option key={s.id} value={s.id}>{i + 1}. {s.label}</option>)}
        </select>
        <button type="button" className="button button-secondary" disabled={!jumpTo} onClick={() => run((doc, me) => startStep(doc, me, jumpTo), 'Step started')}>Start this step</button>
      </div>
      <div className="facilitator-row" role="group" aria-label="Timer">
        <label htmlFor="timer-minutes">Timer minutes</label>
        <input id="timer-minutes" inputMode="decimal" size={4} value={minutes} placeholder={String(step?.minutes ?? 10)} onChange={(e) => setMinutes(e.target.value)} />
        <button type="button" className="button" onClick={start}>Start timer</button>
        <button type="button" className="button button-secondary" onClick={() => run((doc, me) => addTimerTime(doc, me, 60), 'Added a minute')}>Add a minute</button>
        <button type="button" className="button button-secondary" onClick={() => run(stopTimer, 'Timer stopped')}>Stop timer</button>
      </div>
      <div className="facilitator-row" role="group" aria-label="Room">
        <button type="button" className="button button-secondary" aria-pressed={meta.boardLocked} onClick={() => run((doc, me) => setBoardLocked(doc, me, !meta.boardLocked), meta.boardLocked ? 'Board unlocked' : 'Board locked')}>
          {meta.boardLocked ? 'Unlock the board' : 'Lock the board'}
        </button>
        {isFollowView(view) && (
          <button type="button" className="button button-secondary" onClick={() => run((doc, me) => followMe(doc, me, { view }), 'Everyone is following you')}>Bring everyone here</button>
        )}
        {view === 'board' && selected.length === 1 && (
          <button type="button" className="button button-secondary" onClick={() => run((doc, me) => followMe(doc, me, { view: 'board', target: selected[0] }), 'Everyone sees the spotlighted note')}>Spotlight the selected note</button>
        )}
        {meta.followView && <button type="button" className="button button-secondary" onClick={() => run(stopFollowMe, 'Everyone can move freely')}>Let everyone move freely</button>}
        <p className="hand-counts" data-testid="facilitator-hand-counts">{counts.up} {counts.up === 1 ? 'hand' : 'hands'} up · {counts.ready} of {counts.present} ready</p>
      </div>
      <details className="facilitator-more">
        <summary>Agenda, roles, templates and results</summary>
        <AgendaEditor meta={meta} onMessage={setMessage} />
        <RolesPanel onMessage={setMessage} />
        <SurveyResults />
        <ProgrammeReview onMessage={setMessage} />
        <SaveTemplate onMessage={setMessage} />
        <NextSession meta={meta} onMessage={setMessage} />
      </details>
    </section>
  );
}
