import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  addParticipant, castVote, closeRound, openRound, removeParticipant, retractVote, revealRound, setRoundStatus, addRound,
} from '../doc/ops/index.js';
import { roundsMap, votesMap } from '../doc/schema.js';
import { forkDoc, syncDocs } from '../../test/helpers/workshop-doc.js';
import { rewriteVoteField, votingWorkshop, writeRawVote } from '../../test/helpers/vote-doc.js';
import { readBallotBox } from './ballot-box.js';
import { sealChoice } from './seal.js';
import { tally } from './tally.js';
import { tallyRound } from './index.js';

const reasons = (t: ReturnType<typeof tally>) => t.rejected.map((r) => r.reason).sort();

describe('tally', () => {
  test('counts sealed dots per item once revealed, and nothing per item before', () => {
    const w = votingWorkshop();
    const [a, b] = w.ideas as [string, string];
    castVote(w.doc, { roundId: w.roundId, itemId: a, voterId: w.voters[0] as string });
    castVote(w.doc, { roundId: w.roundId, itemId: a, voterId: w.voters[1] as string });
    castVote(w.doc, { roundId: w.roundId, itemId: b, voterId: w.voters[1] as string });
    const open = tallyRound(w.doc, w.roundId)!;
    expect(open.readable).toBe(false);
    expect(open.dots).toEqual([]);
    expect(open.dotsByVoter).toEqual({ [w.voters[0] as string]: 1, [w.voters[1] as string]: 2 });
    closeRound(w.doc, w.roundId);
    expect(tallyRound(w.doc, w.roundId)!.readable).toBe(false);
    revealRound(w.doc, w.roundId, w.secretKey);
    const revealed = tallyRound(w.doc, w.roundId)!;
    expect(revealed.readable).toBe(true);
    expect(revealed.dots.slice(0, 2)).toEqual([{ itemId: a, dots: 2 }, { itemId: b, dots: 1 }]);
    expect(revealed.rejected).toEqual([]);
    expect(revealed.warnings).toEqual([]);
  });

  test('rejects what a modified client writes, each with a reason', () => {
    const w = votingWorkshop({ rules: { votesPerPerson: 2, capPerItem: 1 } });
    const [a, b, c] = w.ideas as [string, string, string];
    const [me, other] = w.voters as [string, string];
    const publicKey = roundsMap(w.doc).get(w.roundId)!.get('sealKey') as string;
    const seal = (voteId: string, voterId: string, itemId: string) => sealChoice(publicKey, { roundId: w.roundId, voteId, voterId }, itemId);
    const sealed = (voterId: string, itemId: string, castAt: number) => {
      const id = `vote:${itemId.slice(-4)}${castAt}${voterId.slice(-3)}`;
      return writeRawVote(w.doc, { id, roundId: w.roundId, voterId, sealed: seal(id, voterId, itemId), castAt });
    };
    sealed(me, a, 1);
    sealed(me, a, 2); // second dot on a: cap 1
    sealed(me, b, 3);
    sealed(me, c, 4); // third dot: budget 2
    sealed('participant:ghost', a, 5);
    sealed(other, 'idea:notonballot', 6);
    writeRawVote(w.doc, { roundId: w.roundId, voterId: other, itemId: a, castAt: 7 }); // plain in a sealed round
    writeRawVote(w.doc, { roundId: w.roundId, voterId: other, sealed: seal('vote:elsewhere', other, b), castAt: 8 }); // seal moved
    closeRound(w.doc, w.roundId);
    sealed(other, c, 0); // after close, backdated
    revealRound(w.doc, w.roundId, w.secretKey);
    const t = tallyRound(w.doc, w.roundId)!;
    expect(t.counted.map((v) => v.itemId)).toEqual([a, b]);
    expect(reasons(t)).toEqual(['cast-after-close', 'not-a-participant', 'not-on-ballot', 'over-budget', 'over-cap', 'unreadable', 'wrong-form'].sort());
    for (const r of t.rejected) expect(r.message.length).toBeGreaterThan(10);
    expect(t.rejected.find((r) => r.reason === 'over-cap')?.message).toMatch(/More than 1 dots from one person on one item/);
  });

  test('without stacking a second dot on one item is refused; a draft round counts nothing', () => {
    const w = votingWorkshop({ rules: { stacking: false, votesPerPerson: 3 }, seal: false });
    const [a] = w.ideas as [string];
    writeRawVote(w.doc, { roundId: w.roundId, voterId: w.voters[0] as string, itemId: a, castAt: 1 });
    writeRawVote(w.doc, { roundId: w.roundId, voterId: w.voters[0] as string, itemId: a, castAt: 2 });
    expect(reasons(tallyRound(w.doc, w.roundId)!)).toEqual(['no-stacking']);
    const draft = addRound(w.doc, { title: 'Later', itemIds: [a] });
    writeRawVote(w.doc, { roundId: draft, voterId: w.voters[0] as string, itemId: a });
    expect(reasons(tallyRound(w.doc, draft)!)).toEqual(['round-not-open']);
    expect(tallyRound(w.doc, 'round:none')).toBeNull();
  });

  test('the budget takes a voter\'s earliest dots, so backdating only reorders their own', () => {
    const w = votingWorkshop({ rules: { votesPerPerson: 1 }, seal: false });
    const [a, b] = w.ideas as [string, string];
    const [me, other] = w.voters as [string, string];
    writeRawVote(w.doc, { roundId: w.roundId, voterId: other, itemId: a, castAt: 500 });
    writeRawVote(w.doc, { roundId: w.roundId, voterId: me, itemId: a, castAt: 1000 });
    writeRawVote(w.doc, { roundId: w.roundId, voterId: me, itemId: b, castAt: 0 });
    const t = tallyRound(w.doc, w.roundId)!;
    expect(t.counted.map((v) => [v.voterId, v.itemId])).toEqual([[me, b], [other, a]]);
  });

  test('a vote the closing laptop had not received is not counted, even with an early time', () => {
    const w = votingWorkshop({ seal: false });
    const laptop = forkDoc(w.doc);
    const voter = w.voters[1] as string;
    castVote(laptop, { roundId: w.roundId, itemId: w.ideas[0] as string, voterId: voter });
    closeRound(w.doc, w.roundId); // the facilitator has not received it yet
    syncDocs(w.doc, laptop);
    for (const doc of [w.doc, laptop]) {
      const t = tallyRound(doc, w.roundId)!;
      expect(t.counted).toEqual([]);
      expect(reasons(t)).toEqual(['cast-after-close']);
    }
  });

  test('the voter roll is frozen at close: removing a participant later changes nothing', () => {
    const w = votingWorkshop({ seal: false });
    const voter = w.voters[2] as string;
    castVote(w.doc, { roundId: w.roundId, itemId: w.ideas[0] as string, voterId: voter });
    closeRound(w.doc, w.roundId);
    const before = tallyRound(w.doc, w.roundId);
    removeParticipant(w.doc, voter);
    addParticipant(w.doc, { displayName: 'Late', role: 'practitioner' });
    expect(tallyRound(w.doc, w.roundId)).toEqual(before);
  });

  test('changes and deletions after close are flagged, never silent', () => {
    const w = votingWorkshop({ seal: false });
    const [a, b] = w.ideas as [string, string];
    const first = castVote(w.doc, { roundId: w.roundId, itemId: a, voterId: w.voters[0] as string });
    const second = castVote(w.doc, { roundId: w.roundId, itemId: a, voterId: w.voters[1] as string });
    closeRound(w.doc, w.roundId);
    rewriteVoteField(w.doc, first, 'itemId', b);
    w.doc.transact(() => votesMap(w.doc).delete(second));
    w.doc.transact(() => roundsMap(w.doc).get(w.roundId)!.set('votesPerPerson', 50));
    const t = tallyRound(w.doc, w.roundId)!;
    expect(reasons(t)).toEqual(['changed-after-close']);
    expect(t.warnings.join(' ')).toMatch(/rules were changed after it closed/);
    expect(t.warnings.join(' ')).toMatch(/1 vote held when the round closed has since been deleted/);
    expect(t.warnings.join(' ')).toMatch(/1 vote was changed after the round closed/);
  });

  test('a round reopened and closed again counts what the second close saw', () => {
    const w = votingWorkshop({ seal: false });
    const laptop = forkDoc(w.doc);
    castVote(laptop, { roundId: w.roundId, itemId: w.ideas[0] as string, voterId: w.voters[1] as string });
    closeRound(w.doc, w.roundId);
    syncDocs(w.doc, laptop);
    expect(tallyRound(w.doc, w.roundId)!.counted).toHaveLength(0);
    openRound(w.doc, w.roundId);
    closeRound(w.doc, w.roundId);
    expect(tallyRound(w.doc, w.roundId)!.counted).toHaveLength(1);
    expect(() => retractVote(w.doc, [...votesMap(w.doc).keys()][0] as string)).toThrow(/only be taken back while the round is open/);
  });

  test('a closed round with its record of what was seen removed is counted as it stands, with a warning', () => {
    const w = votingWorkshop({ seal: false });
    castVote(w.doc, { roundId: w.roundId, itemId: w.ideas[0] as string, voterId: w.voters[0] as string });
    setRoundStatus(w.doc, w.roundId, 'closed');
    w.doc.transact(() => roundsMap(w.doc).get(w.roundId)!.set('closedSeen', ''));
    const t = tallyRound(w.doc, w.roundId)!;
    expect(t.counted).toHaveLength(1);
    expect(t.warnings[0]).toMatch(/no record of what the facilitator's laptop had received/);
  });

  test('the facilitator\'s own key reads a closed round before reveal; others cannot', () => {
    const w = votingWorkshop();
    castVote(w.doc, { roundId: w.roundId, itemId: w.ideas[1] as string, voterId: w.voters[1] as string });
    closeRound(w.doc, w.roundId);
    expect(tally(readBallotBox(w.doc, w.roundId)!).readable).toBe(false);
    const own = tally(readBallotBox(w.doc, w.roundId, { secretKey: w.secretKey })!);
    expect(own.readable).toBe(true);
    expect(own.dots[1]).toEqual({ itemId: w.ideas[1], dots: 1 });
    expect(Y.encodeStateAsUpdate(w.doc).length).toBeGreaterThan(0);
  });
});
