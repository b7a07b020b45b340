import { useState, type FormEvent } from 'react';
import { SURVEY_QUESTIONS, answerSurveyAnonymously, type SurveyMoment, type SurveyQuestionId } from '../../../../shared/facilitation/survey';
import { OpError } from '../../../../shared/doc/ops/op-error';
import { announce, useWorkshopStore } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { canNow } from '../../workshop/identity';

const answeredKey = (workshopId: string, moment: SurveyMoment) => `small-changes:survey:${workshopId}:${moment}`;

function answered(workshopId: string, moment: SurveyMoment): boolean {
  try {
    return localStorage.getItem(answeredKey(workshopId, moment)) === 'yes';
  } catch {
    return false;
  }
}

/**
 * The temperature check, answered anonymously: the answer holds no name, and
 * it is written under a throwaway Yjs identity. This laptop only remembers
 * THAT it answered, so it is not asked twice.
 */
export function SurveyForm({ moment }: { moment: SurveyMoment }) {
  const workshopId = useWorkshopStore((s) => s.workshopId) ?? '';
  const [done, setDone] = useState(() => answered(workshopId, moment));
  const [values, setValues] = useState<Partial<Record<SurveyQuestionId, number>>>({});
  const [error, setError] = useState<string | null>(null);

  if (done) return <p className="survey-done">Thank you: your {moment === 'start' ? 'start' : 'end'} temperature check is in (anonymously).</p>;

  function submit(event: FormEvent) {
    event.preventDefault();
    const verdict = canNow('answerSurvey');
    if (!verdict.ok) return setError(verdict.reason);
    const missing = SURVEY_QUESTIONS.find((q) => values[q.id] === undefined);
    if (missing) return setError(`Choose an answer for: ${missing.label}`);
    const session = currentSession();
    if (!session) return;
    try {
      const others = () => session.awareness.getStates().keys();
      answerSurveyAnonymously(session.doc, { moment, barriers: values.barriers!, agency: values.agency!, satisfaction: values.satisfaction! }, others);
    } catch (e) {
      if (e instanceof OpError) return setError(e.message);
      throw e;
    }
    try {
      localStorage.setItem(answeredKey(workshopId, moment), 'yes');
    } catch {
      // Not remembered: this laptop may be asked again.
    }
    setDone(true);
    announce('Temperature check sent anonymously.');
  }

  return (
    <form className="survey-form" onSubmit={submit} noValidate aria-labelledby={`survey-${moment}`}>
      <h3 id={`survey-${moment}`}>Temperature check ({moment === 'start' ? 'start' : 'end'} of the session)</h3>
      <p className="hint">Your answers are anonymous: they are never stored with your name.</p>
      {error && <p className="error-message" role="alert">{error}</p>}
      {SURVEY_QUESTIONS.map((q) => (
        <fieldset key={q.id} className="survey-question">
          <legend>{q.label}</legend>
          <span className="hint">1 = {q.low}, 5 = {q.high}</span>
          <div className="survey-scale">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n}>
                <input type="radio" name={`${moment}-${q.id}`} value={n} checked={values[q.id] === n} onChange={() => setValues((v) => ({ ...v, [q.id]: n }))} /> {n}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="button">Send anonymously</button>
    </form>
  );
}
