// Vote results: each revealed round as a ranked table and a bar chart. Rounds
// not yet revealed are named but their results are not: the room has not seen them.
import type { VotingRound, WorkshopSnapshot } from '../doc/types.js';
import { rankDots, rankLabel, type Tally } from '../vote/index.js';
import { formatWhole, plural } from './format.js';
import type { Block, Chart } from './model-types.js';

/** What an item on a ballot is called: the idea's words or the theme's name. */
export function ballotItemLabel(workshop: WorkshopSnapshot, itemId: string): string {
  const idea = workshop.ideas[itemId];
  if (idea) return idea.text;
  const theme = workshop.themes[itemId];
  if (theme) return theme.name;
  return itemId.startsWith('theme:') ? '(a theme that was deleted)' : '(an idea that was deleted)';
}

/** Rounds oldest first, as the vote screen lists them. */
export function roundsInOrder(workshop: WorkshopSnapshot): VotingRound[] {
  return Object.values(workshop.rounds).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Rounds whose results the room has seen and can be read. */
export function revealedResults(workshop: WorkshopSnapshot, tallyOf: (roundId: string) => Tally | null): { round: VotingRound; tally: Tally }[] {
  const out: { round: VotingRound; tally: Tally }[] = [];
  for (const round of roundsInOrder(workshop)) {
    if (round.status !== 'revealed') continue;
    const tally = tallyOf(round.id);
    if (tally && tally.readable) out.push({ round, tally });
  }
  return out;
}

const short = (text: string, max = 60): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export function voteBlocks(workshop: WorkshopSnapshot, tallyOf: ((roundId: string) => Tally | null) | null): Block[] {
  const rounds = roundsInOrder(workshop);
  if (rounds.length === 0) return [{ kind: 'note', text: 'The workshop held no votes.' }];
  if (!tallyOf) return [{ kind: 'note', text: 'Vote results are not available in this export.' }];
  const results = revealedResults(workshop, tallyOf);
  const blocks: Block[] = [];
  results.forEach(({ round, tally }, index) => {
    const ranked = rankDots(tally.dots);
    const voters = Object.keys(tally.dotsByVoter).length;
    const title = round.title || `Round ${index + 1}`;
    const labelled = ranked.map((r) => ({ ...r, label: ballotItemLabel(workshop, r.itemId) }));
    const top = labelled[0];
    const chart: Chart = {
      id: `chart-${index + 1}`,
      title: `Dots per item: ${title}`,
      bars: labelled.map((r) => ({ label: short(r.label), value: r.dots })),
      alt: `Bar chart of the votes in “${title}”: ${labelled.map((r) => `${r.label}, ${plural(r.dots, 'dot', 'dots')}`).join('; ')}.`,
    };
    blocks.push({ kind: 'heading', level: 2, text: title });
    blocks.push({
      kind: 'paragraph',
      inlines: [{
        text: `${plural(voters, 'person', 'people')} voted, ${plural(round.votesPerPerson, 'dot', 'dots')} each; ${plural(tally.counted.length, 'dot was', 'dots were')} counted.`
          + (top && top.dots > 0 ? ` Most dots: “${top.label}” (${formatWhole(top.dots)}).` : ''),
      }],
    });
    blocks.push({
      kind: 'table',
      table: {
        caption: `Results of “${title}”, most dots first (= marks a tie)`,
        head: ['Rank', 'Item', 'Dots'],
        rows: labelled.map((r) => [rankLabel(r), r.label, formatWhole(r.dots)]),
        rowHeaders: false,
      },
    });
    blocks.push({ kind: 'chart', chart });
    for (const warning of tally.warnings) blocks.push({ kind: 'note', text: warning });
  });
  const waiting = rounds.filter((r) => r.status !== 'revealed').length;
  if (waiting > 0) {
    blocks.push({ kind: 'note', text: `${plural(waiting, 'round has', 'rounds have')} not been revealed, so ${waiting === 1 ? 'its results are' : 'their results are'} not shown.` });
  }
  return blocks;
}
