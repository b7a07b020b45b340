import { computeImpact } from '../../../../shared/blueprint/impact-model';
import { BLUEPRINT_2019_PRESET, PUBLISHED_FIGURES } from '../../../../shared/blueprint/impact-preset';
import { SAVING_SOURCES } from '../../../../shared/doc/blueprint-lists';
import { ImpactResults } from './ImpactResults';

const preset = BLUEPRINT_2019_PRESET;
const result = computeImpact(preset.inputs);
const f = PUBLISHED_FIGURES;

/** The 2019 blueprint's modelled authority: its inputs, its assumptions (whose each is), and what it gives. */
export function PresetPanel() {
  const { inputs } = preset;
  return (
    <section className="preset" aria-labelledby="preset-heading">
      <h4 id="preset-heading">{preset.name}</h4>
      <p>
        Published figures: time with children and families {f.timeWithFamiliesBefore}% → {f.timeWithFamiliesAfter}%;
        caseload {f.caseloadBefore} → {f.caseloadAfter} ({f.caseloadChange}%); time in team meetings and supervision
        +{f.supervisionChange}%; average years of experience of case-holding staff +{f.experienceChange}%. The publication
        gives these results, not the authority's own figures: the inputs below are ours, chosen to reproduce them.
      </p>
      <ImpactResults result={result} caption="What the model gives for the 2019 blueprint's modelled authority" />
      <h5>Inputs</h5>
      <ul className="plain-list">
        <li>{inputs.caseHolders} case holders, {inputs.managersBecomingCaseHolders} managers who become case holders, {inputs.totalCases.toLocaleString('en-GB')} cases</li>
        <li>A {inputs.contractedHours}-hour week: direct work {inputs.week.direct}, travel {inputs.week.travel}, recording {inputs.week.recording}, meetings {inputs.week.meetings}, supervision {inputs.week.supervision} hours</li>
        <li>Experience: case holders {inputs.yearsCaseHolders} years, managers {inputs.yearsManagers} years; {inputs.supervisionShare}% of time given back goes to supervision</li>
        {inputs.changes.map((c) => (
          <li key={c.label}>{c.label}: {c.minutesPerWeek} minutes a week, from {SAVING_SOURCES.find((s) => s.id === c.from)?.label.toLowerCase()}</li>
        ))}
      </ul>
      <h5>Assumptions</h5>
      <ul className="assumptions">
        {preset.assumptions.map((a) => (
          <li key={a.text}>
            <span className={`tag tag-${a.source}`}>{a.source === 'publication' ? 'Published' : 'Our assumption'}</span> {a.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
