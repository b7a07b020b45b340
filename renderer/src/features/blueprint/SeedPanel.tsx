import { useState } from 'react';
import { CHOICE_SOURCE_LABELS } from '../../../../shared/blueprint/chosen-ideas';
import { seedBlueprint, type SeedReport } from '../../../../shared/doc/ops';
import { announce } from '../../store/workshop-store';
import type { WorkshopSession } from '../../workshop/session';
import { writeBlueprint } from './use-write';

function describe(report: SeedReport): string {
  const parts: string[] = [];
  if (report.started) parts.push(`laid out ${report.sectionsAdded} sections with the blueprint's starting points`);
  parts.push(report.changesAdded === 0 ? 'no new changes for the tracker' : `${report.changesAdded} new ${report.changesAdded === 1 ? 'change' : 'changes'} in the tracker`);
  if (report.evidenceAdded > 0) parts.push(`${report.evidenceAdded} new lines of evidence`);
  if (report.evidenceRefreshed > 0) parts.push(`${report.evidenceRefreshed} lines of evidence brought up to date`);
  return `Filled the blueprint: ${parts.join(', ')}. Nothing anyone wrote was changed.`;
}

/** One action fills the blueprint from the workshop; running it again only adds what is new. */
export function SeedPanel({ session, started }: { session: WorkshopSession; started: boolean }) {
  const [report, setReport] = useState<SeedReport | null>(null);
  return (
    <div className="seed-panel">
      {!started && (
        <p>
          Start the local blueprint from this workshop: its sections, the 2019 blueprint&rsquo;s starting points for team
          design, support teams and decision rights, the chosen changes in a tracker, and the board&rsquo;s evidence.
          Everything is a starting point to change for your authority.
        </p>
      )}
      <button type="button" className="button" onClick={() => {
        const outcome: { report: SeedReport | null } = { report: null };
        const refused = writeBlueprint(session, (doc) => { outcome.report = seedBlueprint(doc); });
        setReport(outcome.report);
        announce(refused ?? (outcome.report ? describe(outcome.report) : ''));
      }}>{started ? 'Fill the blueprint from the workshop again' : 'Start the blueprint from the workshop'}</button>
      {report && (
        <p className="seed-report">
          {describe(report)} Changes came from {CHOICE_SOURCE_LABELS[report.choiceSource]}.
        </p>
      )}
    </div>
  );
}
