// Random op sequences on two peers, synced through UpdateGates: every op either
// works or throws OpError, every honest update is admitted, both peers end equal
// and validateDoc stays empty.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { forkDoc, newWorkshop } from '../../../test/helpers/workshop-doc.js';
import { readWorkshop } from '../read.js';
import { UpdateGate, validateDoc } from '../restore.js';
import { blockersMap, ideasMap, participantsMap, roundsMap, sectionsMap, themesMap, votesMap, CATEGORIES, PHASES, SCOPES } from '../schema.js';
import * as ops from './index.js';

const words = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '');
const pick = (root: { keys(): Iterable<string> }, n: number): string => {
  const keys = [...root.keys()].sort();
  return keys.length === 0 ? 'none:missing' : (keys[n % keys.length] as string);
};

type Step = { peer: 0 | 1; n: number; m: number; text: string; kind: number } | { sync: true };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ peer: fc.constantFrom(0 as const, 1 as const), n: fc.nat(50), m: fc.nat(50), text: words, kind: fc.nat(24) }) },
  { weight: 1, arbitrary: fc.constant({ sync: true as const }) },
);

function run(doc: Y.Doc, s: Exclude<Step, { sync: true }>): void {
  const { n, m, text } = s;
  const blocker = () => pick(blockersMap(doc), n);
  const theme = () => pick(themesMap(doc), m);
  const idea = () => pick(ideasMap(doc), m);
  const round = () => pick(roundsMap(doc), n);
  const me = () => pick(participantsMap(doc), m);
  switch (s.kind) {
    case 0: case 1: ops.addBlocker(doc, { text, category: CATEGORIES[n % CATEGORIES.length]?.id, minutesPerWeek: m % 3 === 0 ? null : m * 7, x: n, y: m }); break;
    case 2: case 3: ops.editBlockerText(doc, blocker(), text); break;
    case 4: ops.updateBlocker(doc, blocker(), { scope: SCOPES[m % SCOPES.length]?.id ?? null, affects: text, frequency: 'weekly' }); break;
    case 5: ops.moveBlockers(doc, [{ id: blocker(), x: m, y: -n }, { id: pick(blockersMap(doc), n + 1), x: n, y: m }]); break;
    case 6: ops.deleteBlocker(doc, blocker()); break;
    case 7: ops.addTheme(doc, { name: text }); break;
    case 8: ops.renameTheme(doc, theme(), text); break;
    case 9: ops.setBlockerTheme(doc, [blocker()], n % 4 === 0 ? null : theme()); break;
    case 10: ops.deleteTheme(doc, theme()); break;
    case 11: ops.addIdea(doc, { text, blockerIds: blockersMap(doc).size > 0 ? [blocker()] : [] }); break;
    case 12: ops.editIdeaText(doc, idea(), text); break;
    case 13: ops.linkIdeaToBlocker(doc, idea(), blocker()); break;
    case 14: ops.unlinkIdeaFromBlocker(doc, idea(), blocker()); break;
    case 15: ops.updateIdea(doc, idea(), { effort: 'small', owner: text.slice(0, 60), reviewDate: '2026-05-01' }); break;
    case 16: ops.addRound(doc, { title: text, itemIds: ideasMap(doc).size > 0 ? [idea()] : [] }); break;
    case 17: {
      const id = round();
      const status = roundsMap(doc).get(id)?.get('status');
      const items = roundsMap(doc).get(id)?.get('itemIds');
      if (status === 'draft' && Array.isArray(items) && items.length === 0) {
        ops.updateRound(doc, id, { itemIds: [idea()] });
        break;
      }
      const next = status === 'draft' ? 'open' : status === 'open' ? 'closed' : m % 2 === 0 ? 'revealed' : 'open';
      ops.setRoundStatus(doc, id, next);
      break;
    }
    case 18: {
      const id = round();
      const items = roundsMap(doc).get(id)?.get('itemIds');
      const itemId = Array.isArray(items) && items.length > 0 ? String(items[m % items.length]) : idea();
      ops.castVote(doc, { roundId: id, itemId, voterId: me() });
      break;
    }
    case 19: ops.retractVote(doc, pick(votesMap(doc), n)); break;
    case 20: ops.addSection(doc, { title: text, after: sectionsMap(doc).size > 0 && n % 2 === 0 ? pick(sectionsMap(doc), m) : undefined }); break;
    case 21: ops.moveSection(doc, pick(sectionsMap(doc), n), m % 5); break;
    case 22: ops.deleteSection(doc, pick(sectionsMap(doc), n)); break;
    case 23: ops.addParticipant(doc, { displayName: text.slice(0, 60), role: 'practitioner' }); break;
    default: ops.updateMeta(doc, { phase: PHASES[n % PHASES.length]?.id }); break;
  }
}

describe('random op sequences', () => {
  test('two peers stay valid, admit each other\'s updates and converge', () => {
    fc.assert(fc.property(fc.array(step, { minLength: 60, maxLength: 160 }), (steps) => {
      const { doc: a } = newWorkshop();
      const b = forkDoc(a);
      const peers = [a, b] as const;
      const gates = [new UpdateGate(a), new UpdateGate(b)] as const;
      const outbox: [Uint8Array[], Uint8Array[]] = [[], []];
      a.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== gates[0]) outbox[0].push(u); });
      b.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== gates[1]) outbox[1].push(u); });
      const flush = () => {
        for (const [from, to] of [[0, 1], [1, 0]] as const) {
          for (const u of outbox[from].splice(0)) expect(gates[to].apply(u)).toEqual({ ok: true });
        }
      };
      for (const s of steps) {
        if ('sync' in s) { flush(); continue; }
        try {
          run(peers[s.peer], s);
        } catch (error) {
          if (!(error instanceof ops.OpError)) throw error;
        }
      }
      flush();
      expect(validateDoc(a)).toEqual([]);
      expect(readWorkshop(b)).toEqual(readWorkshop(a));
    }), { numRuns: 40 });
  });

  test('editing text by minimal diff always ends with exactly the typed words', () => {
    fc.assert(fc.property(words, words, (first, second) => {
      const { doc } = newWorkshop();
      const id = ops.addBlocker(doc, { text: first });
      ops.editBlockerText(doc, id, second);
      expect(readWorkshop(doc).blockers[id]?.text).toBe(second);
    }), { numRuns: 300 });
  });
});
