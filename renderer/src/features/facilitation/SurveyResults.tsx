import { SURVEY_QUESTIONS, summariseSurvey } from '../../../../shared/facilitation/survey';
import { useFacilitationStore } from './facilitation-store';

const show = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/** Before and after: the mean of each temperature check question (1–5). */
export function SurveyResults() {
  const summary = summariseSurvey(useFacilitationStore((s) => s.surveyAnswers));
  return (
    <div className="survey-results">
      <h3>Temperature check</h3>
      <table>
        <caption className="visually-hidden">Mean answers at the start and the end, from 1 to 5</caption>
        <thead>
          <tr><th scope="col">Question</th><th scope="col">Start ({summary.count.start})</th><th scope="col">End ({summary.count.end})</th></tr>
        </thead>
        <tbody>
          {SURVEY_QUESTIONS.map((q) => (
            <tr key={q.id}><th scope="row">{q.label}</th><td>{show(summary.mean[q.id].start)}</td><td>{show(summary.mean[q.id].end)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
