import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { exportWorkshop } from '../../test/bench/export-workshop';
import { proposeForConsent, raiseObjection, recordConsent, settleObjection, withdrawProposal } from '../doc/ops/index';
import { readWorkshop } from '../doc/read';
import { buildDocx } from './docx';
import { exportModel } from './model';
import type { ExportModel, ExportPart } from './model-types';
import { toMarkdown } from './markdown';

const OBJECTION = 'The case system is frozen until May';
const RESOLUTION = 'Start with a shared document until May';
const NOTED = 'Finance must see it first';

/** The workshop's ideas in the final vote's order, most dots first, as the vote-results part ranks them. */
function rankedIdeas(model: ExportModel): string[] {
  const votes = model.parts.find((p) => p.id === 'vote-results')!;
  const table = votes.blocks.find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error('no results table');
  return table.table.rows.map((row) => row[1]!);
}

/** The fixture, with a consent round on its ideas: the top one agreed after an objection resolved, the next withdrawn after one noted. */
function consentWorkshop(options: { anonymous?: boolean; namesInExports?: boolean } = {}): { doc: Y.Doc; ranked: string[] } {
  const doc = exportWorkshop(options);
  const ranked = rankedIdeas(exportModel(readWorkshop(doc), doc));
  const ideas = Object.values(readWorkshop(doc).ideas);
  const idOf = (text: string) => ideas.find((i) => i.text === text)!.id;
  const people = Object.values(readWorkshop(doc).participants).filter((p) => p.role === 'practitioner').map((p) => p.id);
  const [first, second] = [idOf(ranked[0]!), idOf(ranked[1]!)];
  // Proposed in the other order than the vote: the export still follows the vote.
  proposeForConsent(doc, [second, first]);
  const objection = raiseObjection(doc, { ideaId: first, raisedBy: people[0]!, reason: OBJECTION });
  settleObjection(doc, objection, { status: 'resolved', response: RESOLUTION });
  recordConsent(doc, first);
  const noted = raiseObjection(doc, { ideaId: second, raisedBy: people[1]!, reason: `  ${NOTED} ` });
  settleObjection(doc, noted, { status: 'noted', response: 'It goes to finance next week' });
  withdrawProposal(doc, second);
  return { doc, ranked };
}

const part = (model: ExportModel): ExportPart | undefined => model.parts.find((p) => p.id === 'consent');
const flat = (value: unknown): string => JSON.stringify(value);

describe('the consent round in the export', () => {
  it('is left out until the room holds one', () => {
    const doc = exportWorkshop();
    expect(part(exportModel(readWorkshop(doc), doc))).toBeUndefined();
  });

  it('follows the vote results: each decided change in the final vote’s order, its outcome, each objection and how it was settled', () => {
    const { doc, ranked } = consentWorkshop();
    const model = exportModel(readWorkshop(doc), doc);
    const titles = model.parts.map((p) => p.title);
    expect(titles.indexOf('The consent round')).toBe(titles.indexOf('Vote results') + 1);
    const blocks = part(model)!.blocks;
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual([ranked[0], ranked[1]]);
    expect(flat(blocks[0])).toContain('2 changes went to the consent round; 1 was agreed.');
    expect(blocks.slice(1, 4)).toEqual([
      { kind: 'heading', level: 2, text: ranked[0] },
      { kind: 'paragraph', inlines: [{ text: 'Consent given: the room agreed to try this change.' }] },
      { kind: 'list', ordered: false, items: [{ level: 0, inlines: [{ text: `Objection: “${OBJECTION}”. Resolved: “${RESOLUTION}”` }] }] },
    ]);
    expect(flat(blocks.slice(4))).toContain('Withdrawn: the room chose not to go ahead with it now.');
    expect(flat(blocks.slice(4))).toContain(`Objection: “${NOTED}”. Noted on the record: “It goes to finance next week”`);
  });

  it('names who objected only when the export shows names, never in an anonymous workshop', () => {
    const named = consentWorkshop({ namesInExports: true });
    expect(flat(part(exportModel(readWorkshop(named.doc), named.doc)))).toContain(`Practitioner 1 objected: “${OBJECTION}”`);
    for (const options of [{}, { namesInExports: true, anonymous: true }]) {
      const { doc } = consentWorkshop(options);
      const text = flat(part(exportModel(readWorkshop(doc), doc)));
      expect(text).toContain(`Objection: “${OBJECTION}”`);
      expect(text).not.toContain('Practitioner');
    }
  });

  it('lists a change still proposed, and one with an objection still open, as not yet decided', () => {
    const doc = exportWorkshop();
    const idea = Object.values(readWorkshop(doc).ideas)[0]!;
    const someone = Object.values(readWorkshop(doc).participants)[1]!;
    proposeForConsent(doc, [idea.id]);
    raiseObjection(doc, { ideaId: idea.id, raisedBy: someone.id, reason: OBJECTION });
    const text = flat(part(exportModel(readWorkshop(doc), doc)));
    expect(text).toContain('Still proposed: consent has not been recorded yet.');
    expect(text).toContain(`Objection: “${OBJECTION}”. Still open.`);
    expect(text).toContain('0 were agreed');
  });

  it('reads back from the Word document and the Markdown in the same order', async () => {
    const { doc, ranked } = consentWorkshop();
    const model = exportModel(readWorkshop(doc), doc);
    const word = (await mammoth.extractRawText({ buffer: Buffer.from(await buildDocx(model)) })).value.replace(/\s+/g, ' ');
    const markdown = toMarkdown(model).replace(/\s+/g, ' ');
    for (const text of [word, markdown]) {
      const at = ['Vote results', 'The consent round', ranked[0]!, 'Consent given', OBJECTION, `Resolved: “${RESOLUTION}”`, ranked[1]!, 'Withdrawn', NOTED, 'Appendix A']
        .map((phrase, i, all) => text.indexOf(phrase, i === 0 ? 0 : text.indexOf(all[i - 1]!)));
      expect(at.every((n) => n >= 0), at.join(',')).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  }, 30_000);
});
