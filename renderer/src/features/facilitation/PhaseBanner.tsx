import { useState } from 'react';
import type { Participant, WorkshopMeta } from '../../../../shared/doc/types';
import { currentStep, orderedSteps } from '../../../../shared/facilitation/agenda';
import { PERMISSION_LABELS, PHASE_PERMISSIONS } from '../../../../shared/facilitation/stages';
import { permissions } from '../../../../shared/facilitation/permissions';
import { currentSession } from '../../workshop/session';
import { Countdown } from './Countdown';
import { useFacilitationStore } from './facilitation-store';
import { myHand, setMyHand, useHandCounts, type Hand } from './hands';
import { SurveyForm } from './SurveyForm';

interface Props {
  meta: WorkshopMeta;
  me: Participant | null;
  following: boolean;
  comeBack: () => void;
}

/** What everyone sees: the phase, what they may do in it, the timer, follow me and hands up. */
export function PhaseBanner({ meta, me, following, comeBack }: Props) {
  const agenda = useFacilitationStore((s) => s.agenda);
  const view = { meta, agenda };
  const step = currentStep(view);
  const steps = orderedSteps(agenda);
  const p = permissions(view, me);
  const awareness = currentSession()?.awareness ?? null;
  const counts = useHandCounts(awareness);
  const [hand, setHand] = useState<Hand>(() => (awareness ? myHand(awareness) : null));
  const stage = step?.stage ?? meta.phase;

  function raise(next: Hand) {
    if (!awareness || !me) return;
    setMyHand(awareness, me.id, next);
    setHand(next);
  }

  const mayDo = p.facilitates
    ? 'You are facilitating: you can do everything.'
    : p.locked
      ? 'The facilitator has locked the board for now.'
      : p.open.size === 0
        ? 'Read only in this phase.'
        : `You can: ${PHASE_PERMISSIONS.filter((x) => p.open.has(x)).map((x) => PERMISSION_LABELS[x].toLowerCase()).join(', ')}.`;

  return (
    <section className="phase-banner" aria-labelledby="phase-heading">
      <div className="phase-main">
        <h2 id="phase-heading">
          <span className="phase-kicker">{step ? `Step ${steps.indexOf(step) + 1} of ${steps.length}` : 'Phase'}</span>{' '}
          <span data-testid="phase-label">{p.phaseLabel}</span>
        </h2>
        <p className="phase-prompt">{step?.prompt ?? 'The facilitator has not started the agenda yet: the board is open.'}</p>
        <p className="phase-may" data-testid="phase-may">{mayDo}</p>
        {meta.boardLocked && <p className="phase-locked"><strong>Board locked.</strong> Only facilitators can change it.</p>}
      </div>
      <div className="phase-side">
        <Countdown meta={meta} />
        {meta.followView && !p.facilitates && (
          <p className="follow-status">
            {following ? 'You are following the facilitator.' : 'You have stepped out of follow me.'}{' '}
            {!following && <button type="button" className="button button-secondary" onClick={comeBack}>Come back</button>}
          </p>
        )}
        {me && !p.facilitates && (
          <div className="hands" role="group" aria-label="Hands up">
            <button type="button" className="button button-secondary" aria-pressed={hand === 'up'} onClick={() => raise(hand === 'up' ? null : 'up')}>
              {hand === 'up' ? 'Lower my hand' : 'Raise my hand'}
            </button>
            <button type="button" className="button button-secondary" aria-pressed={hand === 'ready'} onClick={() => raise(hand === 'ready' ? null : 'ready')}>
              {hand === 'ready' ? 'Not ready' : "I'm ready"}
            </button>
          </div>
        )}
        <p className="hand-counts" data-testid="hand-counts" aria-live="polite">
          {counts.up} {counts.up === 1 ? 'hand' : 'hands'} up · {counts.ready} ready
        </p>
      </div>
      {me && step && (stage === 'welcome' || stage === 'review') && <SurveyForm moment={stage === 'welcome' ? 'start' : 'end'} />}
    </section>
  );
}
