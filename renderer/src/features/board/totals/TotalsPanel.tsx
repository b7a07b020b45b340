import { useMemo, useState } from 'react';
import { boardTotals, formatHours, type TotalsRow } from '../../../../../shared/board/totals';
import { MAX_TEAM_SIZE } from '../../../../../shared/doc/schema';
import { updateMeta } from '../../../../../shared/doc/ops';
import type { Action } from '../../../actions/action';
import { requireMay } from '../../../actions/may-change-notes';
import { announce, useWorkshopStore } from '../../../store/workshop-store';
import { useMe } from '../../../workshop/use-me';
import { canFacilitate } from '../../../workshop/identity';
import { useBoardCategories } from '../fields/use-board-categories';
import { runInForm } from '../../../actions/perform-or-say-why';
import { TextFieldRow } from '../fields/TextFieldRow';

type By = 'category' | 'theme' | 'scope';
const VIEWS: { id: By; label: string }[] = [
  { id: 'category', label: 'Category' }, { id: 'theme', label: 'Theme' }, { id: 'scope', label: 'Scope of control' },
];

const setTeamSizeAction: Action<{ teamSize: number }> = {
  id: 'workshop.team-size',
  label: 'Team size',
  perform: (session, { teamSize }) => {
    requireMay('facilitate');
    session.write((doc) => updateMeta(doc, { teamSize }));
  },
};

function readTeamSize(typed: string): { ok: true; value: number } | { ok: false; error: string } {
  const value = Number(typed.trim());
  if (!/^\d+$/.test(typed.trim()) || !Number.isInteger(value)) return { ok: false, error: 'Enter the team size as a whole number, for example 8' };
  if (value < 1 || value > MAX_TEAM_SIZE) return { ok: false, error: `Enter a team size from 1 to ${MAX_TEAM_SIZE}` };
  return { ok: true, value };
}

/** Hours a week lost, per category, theme or scope: a table with words, for the team and per worker. */
export function TotalsPanel() {
  const [by, setBy] = useState<By>('category');
  const blockers = useWorkshopStore((s) => s.snapshot?.blockers);
  const themes = useWorkshopStore((s) => s.snapshot?.themes);
  const teamSize = useWorkshopStore((s) => s.snapshot?.meta.teamSize ?? 8);
  const facilitator = canFacilitate(useMe());
  const categories = useBoardCategories();
  const totals = useMemo(
    () => boardTotals({ blockers: blockers ?? {}, themes: themes ?? {}, categories, teamSize }),
    [blockers, themes, categories, teamSize],
  );
  const rows: readonly TotalsRow[] = by === 'category' ? totals.byCategory : by === 'theme' ? totals.byTheme : totals.byScope;
  const label = VIEWS.find((v) => v.id === by)!.label.toLowerCase();
  return (
    <section className="totals-panel" aria-labelledby="totals-heading">
      <h2 id="totals-heading" className="panel-heading">Time lost each week</h2>
      <p className="totals-summary">
        In all, <strong>{formatHours(totals.overall.hoursForTeam)} a week</strong> for a team of {totals.teamSize}
        {' '}({formatHours(totals.overall.hoursPerWorker)} per worker), from {totals.overall.estimated} of {totals.overall.notes} notes with an estimate.
        {totals.countedOnce > 0 && ` ${totals.countedOnce} note${totals.countedOnce === 1 ? ' was' : 's were'} marked the same as another and counted once.`}
      </p>
      {facilitator && (
        <TextFieldRow id="team-size" label="Team size" hint="Workers the estimates are multiplied by" inputMode="decimal"
          value={String(teamSize)} onCommit={(typed) => {
            const reading = readTeamSize(typed);
            if (!reading.ok) return reading.error;
            const problem = runInForm(setTeamSizeAction, { teamSize: reading.value });
            if (!problem) announce(`Team size set to ${reading.value}`);
            return problem;
          }} />
      )}
      <div className="field field-compact">
        <label htmlFor="totals-by">Show the time by</label>
        <select id="totals-by" value={by} onChange={(e) => setBy(e.target.value as By)}>
          {VIEWS.map((v) => <option key={v.id} value={v.id}>{v.label}</option>)}
        </select>
      </div>
      {rows.length === 0 ? (
        <p className="hint">No notes yet.</p>
      ) : (
        <table className="totals-table">
          <caption className="visually-hidden">Hours a week lost by {label}, for a team of {totals.teamSize}</caption>
          <thead>
            <tr>
              <th scope="col">{VIEWS.find((v) => v.id === by)!.label}</th>
              <th scope="col">Notes</th>
              <th scope="col">Hours a week, team</th>
              <th scope="col">Per worker</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.notes}{row.estimated < row.notes ? ` (${row.estimated} estimated)` : ''}</td>
                <td>{formatHours(row.hoursForTeam)}</td>
                <td>{formatHours(row.hoursPerWorker)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
