import type { ImpactResult } from '../../../../shared/blueprint/impact-model';
import { formatChange, formatHoursMinutes, formatOne, formatPercent } from './format';

/** Before and after, as a table a screen reader can walk. */
export function ImpactResults({ result, caption }: { result: ImpactResult; caption: string }) {
  const { before, after, change } = result;
  const rows: [string, string, string, string][] = [
    ['Time with children and families', formatPercent(before.timeWithFamiliesPercent), formatPercent(after.timeWithFamiliesPercent), formatChange(change.timeWithFamilies)],
    ['Direct work, hours a week', formatOne(before.directHoursPerWeek), formatOne(after.directHoursPerWeek), formatChange(change.timeWithFamilies)],
    ['Caseload (cases per case holder)', formatOne(before.caseload), formatOne(after.caseload), formatChange(change.caseload)],
    ['Supervision and reflection, hours a week', formatOne(before.supervisionHoursPerWeek), formatOne(after.supervisionHoursPerWeek), formatChange(change.supervision)],
    ['Average years of experience of case holders', formatOne(before.averageYearsExperience), formatOne(after.averageYearsExperience), formatChange(change.experience)],
    ['Case holders', String(before.caseHolders), String(after.caseHolders), formatChange(before.caseHolders === 0 ? null : (after.caseHolders / before.caseHolders - 1) * 100)],
  ];
  return (
    <div className="impact-results">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr><th scope="col">Measure</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Change</th></tr>
        </thead>
        <tbody>
          {rows.map(([name, b, a, c]) => (
            <tr key={name}><th scope="row">{name}</th><td>{b}</td><td>{a}</td><td>{c}</td></tr>
          ))}
        </tbody>
      </table>
      <p>
        Each case holder gets back <strong>{formatHoursMinutes(result.hoursGivenBackEach)}</strong> a week:
        {' '}<strong>{formatOne(result.hoursGivenBackInAll)} hours</strong> a week across all {after.caseHolders} case holders.
        {result.minutesNotCounted > 0 && (
          <> {Math.round(result.minutesNotCounted)} minutes claimed are not counted: the week does not spend that much time on what they save.</>
        )}
      </p>
    </div>
  );
}
