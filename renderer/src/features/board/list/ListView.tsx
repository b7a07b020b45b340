import { useMemo, useState } from 'react';
import { groupNotes, type Grouping, type NoteGroup } from '../../../../../shared/board/themes';
import { boardTotals, formatHours, type TotalsRow } from '../../../../../shared/board/totals';
import type { Theme } from '../../../../../shared/doc/types';
import { useWorkshopStore } from '../../../store/workshop-store';
import { useBoardCategories } from '../fields/use-board-categories';
import { ThemeTools } from '../themes/ThemeTools';
import { groupIntoTheme } from '../themes/theme-actions';
import { ListNote } from './ListNote';

const GROUPINGS: { id: Grouping; label: string }[] = [
  { id: 'theme', label: 'Theme' }, { id: 'category', label: 'Category' }, { id: 'scope', label: 'Scope of control' },
];
/** A group shows this many notes at first, so a board of thousands stays quick to read and to move through. */
const FIRST_SHOWN = 100;
const NO_THEMES: Readonly<Record<string, Theme>> = {};
const NO_IDS: readonly string[] = [];

function Group({ group, by, row, index }: { group: NoteGroup; by: Grouping; row: TotalsRow | undefined; index: number }) {
  const [showAll, setShowAll] = useState(false);
  const categories = useBoardCategories();
  const themes = useWorkshopStore((s) => s.snapshot?.themes ?? NO_THEMES);
  const blockers = useWorkshopStore((s) => s.snapshot?.blockers);
  const selected = useWorkshopStore((s) => s.selectedBlockerIds ?? NO_IDS);
  const shown = showAll ? group.notes : group.notes.slice(0, FIRST_SHOWN);
  const headingId = `list-group-${index}`;
  const theme = by === 'theme' && group.key ? themes[group.key] : undefined;
  const count = `${group.notes.length} note${group.notes.length === 1 ? '' : 's'}`;
  return (
    <section className="list-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {group.label} <span className="count">({count}{row && row.minutesPerWorker > 0 ? `, ${formatHours(row.hoursForTeam)} a week for the team` : ''})</span>
      </h3>
      {theme && <ThemeTools theme={theme} others={Object.values(themes).filter((t) => t.id !== theme.id).sort((a, b) => a.name.localeCompare(b.name))} />}
      {group.notes.length === 0 ? (
        <p className="hint">No notes in this theme yet.</p>
      ) : (
        <ul className="list-notes">
          {shown.map((note, i) => (
            <ListNote
              key={note.id}
              note={note}
              categories={categories}
              themeName={note.themeId ? themes[note.themeId]?.name ?? null : null}
              sameAsText={note.sameAs ? blockers?.[note.sameAs]?.text ?? null : null}
              selected={selected.includes(note.id)}
              focusAfterDelete={shown[i + 1]?.id ?? shown[i - 1]?.id ?? null}
            />
          ))}
        </ul>
      )}
      {shown.length < group.notes.length && (
        <button type="button" className="button button-small button-secondary" onClick={() => setShowAll(true)}>
          Show all {group.notes.length} notes in {group.label}
        </button>
      )}
    </section>
  );
}

/**
 * The board as a list, grouped by theme, category or scope of control: the
 * same document as the canvas, and the view a screen reader reads best.
 */
export function ListView() {
  const [by, setBy] = useState<Grouping>('theme');
  const blockers = useWorkshopStore((s) => s.snapshot?.blockers);
  const themes = useWorkshopStore((s) => s.snapshot?.themes);
  const teamSize = useWorkshopStore((s) => s.snapshot?.meta.teamSize ?? 8);
  const selectedCount = useWorkshopStore((s) => (s.selectedBlockerIds ?? NO_IDS).length);
  const categories = useBoardCategories();
  const groups = useMemo(
    () => (blockers && themes ? groupNotes({ blockers, themes, categories, by }) : []),
    [blockers, themes, categories, by],
  );
  const totals = useMemo(
    () => (blockers && themes ? boardTotals({ blockers, themes, categories, teamSize }) : null),
    [blockers, themes, teamSize, categories],
  );
  const rows = totals ? (by === 'theme' ? totals.byTheme : by === 'category' ? totals.byCategory : totals.byScope) : [];
  const total = Object.keys(blockers ?? {}).length;
  return (
    <section className="list-view" aria-labelledby="list-heading">
      <h2 id="list-heading" tabIndex={-1}>Blockers as a list <span className="count">({total})</span></h2>
      <div className="list-controls">
        <div className="field field-compact">
          <label htmlFor="list-grouping">Group the list by</label>
          <select id="list-grouping" value={by} onChange={(e) => setBy(e.target.value as Grouping)}>
            {GROUPINGS.map((g) => <option key={g.id} value={g.id}>{g.label}</option>)}
          </select>
        </div>
        <button type="button" className="button button-small" disabled={selectedCount === 0} onClick={() => groupIntoTheme(useWorkshopStore.getState().selectedBlockerIds)}>
          Group selected into theme <kbd aria-hidden="true">G</kbd>
        </button>
      </div>
      <p className="hint">Tick notes to select them (the board shares the selection), then group them into a theme with the button or the G key.</p>
      {total === 0 && <p className="empty-board">No blockers yet. Add the first one above.</p>}
      {groups.map((group, i) => (
        <Group key={`${by}:${group.key}`} group={group} by={by} row={rows.find((r) => r.key === group.key)} index={i} />
      ))}
    </section>
  );
}
