// Hours a week an idea would give back: the time lost to the blockers it is
// linked to (minutes per week per worker) scaled to the team. Notes the room
// marked as the same count once, at the average of their estimates (as the
// board's totals do); a blocker linked by two chosen ideas counts once.
import type { Blocker, Idea } from '../doc/types.js';

export interface HoursBack {
  /** Hours a week for the whole team: minutes × team size ÷ 60. */
  readonly hours: number;
  /** Distinct blockers (after merging notes marked the same) that carry an estimate. */
  readonly estimated: number;
  /** Distinct linked blockers without an estimate: the hours leave them out. */
  readonly unestimated: number;
}

type Blockers = Readonly<Record<string, Blocker>>;

/** The note a group of "same as" notes is counted under (a loop's smallest id, so every note in it agrees). */
export function headId(blockers: Blockers, id: string): string {
  const path: string[] = [];
  let current = id;
  for (;;) {
    const at = path.indexOf(current);
    if (at !== -1) return path.slice(at).sort()[0] as string;
    path.push(current);
    const next = blockers[current]?.sameAs;
    if (!next || !blockers[next]) return current;
    current = next;
  }
}

/** Average estimate of each group, keyed by head id. */
function groupMinutes(blockers: Blockers): Map<string, number | null> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const note of Object.values(blockers)) {
    const head = headId(blockers, note.id);
    const entry = sums.get(head) ?? { total: 0, n: 0 };
    if (note.minutesPerWeek !== null) {
      entry.total += note.minutesPerWeek;
      entry.n += 1;
    }
    sums.set(head, entry);
  }
  return new Map([...sums].map(([head, { total, n }]) => [head, n === 0 ? null : total / n]));
}

/** Hours given back by removing a set of blockers (ids that no longer exist are skipped). */
export function hoursForBlockers(blockerIds: Iterable<string>, blockers: Blockers, teamSize: number): HoursBack {
  const minutes = groupMinutes(blockers);
  const heads = new Set<string>();
  for (const id of blockerIds) if (blockers[id]) heads.add(headId(blockers, id));
  let total = 0;
  let estimated = 0;
  for (const head of heads) {
    const m = minutes.get(head) ?? null;
    if (m === null) continue;
    total += m;
    estimated += 1;
  }
  const team = Number.isFinite(teamSize) && teamSize > 0 ? teamSize : 1;
  return { hours: (total * team) / 60, estimated, unestimated: heads.size - estimated };
}

export function hoursForIdea(idea: Idea, blockers: Blockers, teamSize: number): HoursBack {
  return hoursForBlockers(idea.blockerIds, blockers, teamSize);
}

/** Hours given back by a set of ideas together: each blocker counted once. */
export function hoursForIdeas(ideas: readonly Idea[], blockers: Blockers, teamSize: number): HoursBack {
  return hoursForBlockers(ideas.flatMap((idea) => idea.blockerIds), blockers, teamSize);
}

/** "3.5 hours a week", one decimal, in words a screen reader says well. */
export function formatHoursPerWeek(hours: number): string {
  if (hours === 0) return '0 hours a week';
  if (hours < 0.05) return 'under 0.1 hours a week';
  const rounded = Math.round(hours * 10) / 10;
  return `${rounded.toLocaleString('en-GB')} ${rounded === 1 ? 'hour' : 'hours'} a week`;
}
