// Properties of the tally under random voting on three laptops: the
// facilitator's, an honest participant's and a modified (hostile) client's.
// Updates travel through each laptop's UpdateGate in random order, with
// duplicates and delays; the facilitator closes at a random moment.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { castVote, closeRound, OpError, retractVote, revealRound } from '../doc/ops/index.js';
import { UpdateGate } from '../doc/restore.js';
import { roundsMap, votesMap } from '../doc/schema.js';
import { forkDoc } from '../../test/helpers/workshop-doc.js';
import { votingWorkshop, writeRawVote } from '../../test/helpers/vote-doc.js';
import { readBallotBox } from './ballot-box.js';
import { sealChoice } from './seal.js';
import { tally, type Tally } from './tally.js';

type Cmd =
  | { kind: 'honest'; peer: 0 | 1; voter: number; item: number }
  | { kind: 'retract'; peer: 0 | 1; n: number }
  | { kind: 'hostile'; voter: number; item: number; castAt: number; form: 'sealed' | 'plain' | 'garbage' | 'moved' | 'retract' }
  | { kind: 'deliver'; to: 0 | 1 | 2; picks: number[] }
  | { kind: 'flush'; to: 0 | 1 | 2 };

const peer = fc.constantFrom(0 as const, 1 as const);
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('honest' as const), peer, voter: fc.nat(5), item: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retract' as const), peer, n: fc.nat(40) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('hostile' as const), voter: fc.oneof(fc.nat(3), fc.nat(3), fc.nat(6)), item: fc.oneof(fc.nat(4), fc.nat(7)),
      castAt: fc.oneof(fc.constant(0), fc.nat(2_000_000_000_000)),
      form: fc.constantFrom('sealed' as const, 'sealed' as const, 'plain' as const, 'garbage' as const, 'moved' as const, 'retract' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('flush' as const), to: fc.constantFrom(0 as const, 1 as const, 2 as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), to: fc.constantFrom(0 as const, 1 as const, 2 as const), picks: fc.array(fc.nat(400), { maxLength: 12 }) }) },
);

const rules = fc.record({
  votesPerPerson: fc.integer({ min: 1, max: 4 }),
  capPerItem: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  stacking: fc.boolean(),
});

function checkLimits(t: Tally, budget: number, cap: number): void {
  const perVoter = new Map<string, number>();
  const perVoterItem = new Map<string, number>();
  for (const v of t.counted) {
    perVoter.set(v.voterId, (perVoter.get(v.voterId) ?? 0) + 1);
    if (v.itemId !== null) perVoterItem.set(`${v.voterId} ${v.itemId}`, (perVoterItem.get(`${v.voterId} ${v.itemId}`) ?? 0) + 1);
  }
  for (const n of perVoter.values()) expect(n).toBeLessThanOrEqual(budget);
  for (const n of perVoterItem.values()) expect(n).toBeLessThanOrEqual(cap);
}

/** The parts of a tally that make the result (status aside, which reveal moves on). */
const result = (t: Tally) => ({ counted: t.counted, dots: t.dots, dotsByVoter: t.dotsByVoter });

describe('tally properties', () => {
  test('limits hold everywhere, every laptop agrees, and a closed round never changes', () => {
    fc.assert(fc.property(rules, fc.array(cmd, { minLength: 10, maxLength: 40 }), fc.integer({ min: 50, max: 100 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (r, cmds, closeAt, seeds) => {
      const w = votingWorkshop({ people: 3, ideaCount: 5, rules: r });
      const docs = [w.doc, forkDoc(w.doc), forkDoc(w.doc)] as const;
      const gates = docs.map((doc) => new UpdateGate(doc));
      const log: Uint8Array[] = [];
      docs.forEach((doc, i) => doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== gates[i]) log.push(update);
      }));
      const cap = r.stacking ? r.capPerItem ?? r.votesPerPerson : 1;
      const publicKey = roundsMap(w.doc).get(w.roundId)!.get('sealKey') as string;
      const known = new Map<string, string>();
      const voterOf = (n: number) => (n < w.voters.length ? (w.voters[n] as string) : 'participant:ghost');
      const itemOf = (n: number) => (n < w.ideas.length ? (w.ideas[n] as string) : 'idea:offballot');
      let atClose: Tally | null = null;

      const step = (c: Cmd) => {
        try {
          if (c.kind === 'honest') {
            const id = castVote(docs[c.peer], { roundId: w.roundId, itemId: itemOf(c.item % w.ideas.length), voterId: voterOf(c.voter % w.voters.length) }, (v) => known.get(v) ?? null);
            known.set(id, itemOf(c.item % w.ideas.length));
          } else if (c.kind === 'retract') {
            const ids = [...votesMap(docs[c.peer]).keys()].sort();
            if (ids.length > 0) retractVote(docs[c.peer], ids[c.n % ids.length] as string);
          } else if (c.kind === 'hostile') {
            const h = docs[2];
            const voterId = voterOf(c.voter);
            const id = `vote:h${log.length}x${c.castAt}`;
            if (c.form === 'sealed') writeRawVote(h, { id, roundId: w.roundId, voterId, castAt: c.castAt, sealed: sealChoice(publicKey, { roundId: w.roundId, voteId: id, voterId }, itemOf(c.item)) });
            else if (c.form === 'moved') writeRawVote(h, { id, roundId: w.roundId, voterId, castAt: c.castAt, sealed: sealChoice(publicKey, { roundId: w.roundId, voteId: 'vote:other', voterId }, itemOf(c.item)) });
            else if (c.form === 'plain') writeRawVote(h, { id, roundId: w.roundId, voterId, castAt: c.castAt, itemId: itemOf(c.item) });
            else if (c.form === 'garbage') writeRawVote(h, { id, roundId: w.roundId, voterId, castAt: c.castAt, sealed: 'AAAA' });
            else {
              const target = [...votesMap(h).keys()].sort()[c.item];
              if (target) h.transact(() => { writeRawVote(h, { id, roundId: w.roundId, voterId, castAt: c.castAt }); votesMap(h).get(id)!.set('retracts', target); });
            }
          } else if (c.kind === 'flush') {
            for (const update of [...log]) expect(gates[c.to]!.apply(update)).toEqual({ ok: true });
          } else {
            for (const pick of c.picks) if (log.length > 0) expect(gates[c.to]!.apply(log[pick % log.length] as Uint8Array)).toEqual({ ok: true });
          }
        } catch (error) {
          if (!(error instanceof OpError)) throw error;
        }
        for (const doc of docs) checkLimits(tally(readBallotBox(doc, w.roundId, { secretKey: w.secretKey })!), r.votesPerPerson, cap);
      };

      cmds.forEach((c, i) => {
        if (i === Math.floor((cmds.length * closeAt) / 100)) {
          closeRound(w.doc, w.roundId);
          atClose = tally(readBallotBox(w.doc, w.roundId, { secretKey: w.secretKey })!);
        }
        step(c);
      });
      if (!atClose) {
        closeRound(w.doc, w.roundId);
        atClose = tally(readBallotBox(w.doc, w.roundId, { secretKey: w.secretKey })!);
      }
      revealRound(w.doc, w.roundId, w.secretKey);

      // Everything reaches everyone, each laptop in its own random order, some twice.
      const all = [...log];
      docs.forEach((_doc, i) => {
        const order = fc.sample(fc.shuffledSubarray(all.map((_, k) => k), { minLength: all.length, maxLength: all.length }), { numRuns: 1, seed: seeds[i] ?? 0 })[0] ?? [];
        for (const k of [...order, ...order.slice(0, 5)]) expect(gates[i]!.apply(all[k] as Uint8Array)).toEqual({ ok: true });
      });
      const finals = docs.map((doc) => tally(readBallotBox(doc, w.roundId)!));
      for (const t of finals) {
        expect(t).toEqual(finals[0]);
        checkLimits(t, r.votesPerPerson, cap);
        expect(t.readable).toBe(true);
        expect(t.warnings).toEqual([]);
      }
      expect(result(finals[0]!)).toEqual(result(atClose!));
      const laterRejected = new Set(finals[0]!.rejected.map((x) => `${x.voteId} ${x.reason}`));
      for (const x of (atClose as Tally).rejected) expect(laterRejected.has(`${x.voteId} ${x.reason}`)).toBe(true);
      gates.forEach((g) => g.destroy());
    }), { numRuns: 25 });
  }, 180_000);

  test('the tally depends only on the document, not on the order updates arrived in', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(4), fc.nat(1000)), { minLength: 1, maxLength: 25 }), fc.nat(), (votes, seed) => {
      const w = votingWorkshop({ rules: { votesPerPerson: 2, capPerItem: 1 }, seal: false });
      const updates: Uint8Array[] = [];
      const writer = forkDoc(w.doc);
      writer.on('update', (u: Uint8Array) => updates.push(u));
      for (const [voter, item, castAt] of votes) writeRawVote(writer, { roundId: w.roundId, voterId: w.voters[voter] as string, itemId: w.ideas[item] as string, castAt });
      const a = forkDoc(w.doc);
      const b = forkDoc(w.doc);
      for (const u of updates) Y.applyUpdate(a, u);
      const order = fc.sample(fc.shuffledSubarray(updates, { minLength: updates.length, maxLength: updates.length }), { numRuns: 1, seed })[0] ?? [];
      for (const u of [...order, ...order]) Y.applyUpdate(b, u);
      expect(tally(readBallotBox(b, w.roundId)!)).toEqual(tally(readBallotBox(a, w.roundId)!));
    }), { numRuns: 60 });
  });
});
