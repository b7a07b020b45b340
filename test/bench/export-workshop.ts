// A realistic workshop for export tests and the export benchmark: people,
// blockers with estimates, ideas, a revealed vote, a seeded blueprint with
// written prose, tracked changes and a complete impact model.
import * as Y from 'yjs';
import {
  addBlocker, addIdea, addParticipant, addRound, addTheme, addTrackedChange, castVote, closeRound, createWorkshop, openRound,
  revealRound, seedBlueprint, updateImpactInputs, updateMeta,
} from '../../shared/doc/ops/index.js';
import { CATEGORIES, FREQUENCIES, SCOPES, sectionsMap } from '../../shared/doc/schema.js';
import { BLUEPRINT_2019_PRESET } from '../../shared/blueprint/impact-preset.js';
import { draftOf } from '../../shared/blueprint/impact-inputs.js';
import { readWorkshop } from '../../shared/doc/read.js';

export interface ExportWorkshopOptions {
  readonly blockers?: number;
  readonly changes?: number;
  readonly people?: number;
  readonly namesInExports?: boolean;
  readonly anonymous?: boolean;
}

const PHRASES = [
  'The same referral details are typed into three systems',
  'Food vouchers need a senior manager to sign them off',
  'Review meetings are booked by email chains of twenty messages',
  'Mileage claims are printed, signed and scanned back in',
  'Case notes time out and lose an hour of typing',
  '=Panel papers repeat the assessment, word for word',
  'Supervision gets cancelled for "urgent" panel meetings',
];

/** Writes rich text into a section's body as the editor would: a heading, a paragraph with bold and a link, a list. */
export function writeProse(doc: Y.Doc, sectionId: string, words: string): void {
  const body = sectionsMap(doc).get(sectionId)?.get('body');
  if (!(body instanceof Y.XmlFragment)) throw new Error(`no body for ${sectionId}`);
  doc.transact(() => {
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 4 as unknown as string);
    heading.insert(0, [new Y.XmlText(`Why ${words.toLowerCase()}`)]);
    const para = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    para.insert(0, [text]);
    body.insert(body.length, [heading, para]);
    // Formatting is written once the text is in the document, as the editor does.
    text.insert(0, `${words}: we will `);
    text.insert(text.length, 'start small', { bold: {} });
    text.insert(text.length, ' and read ', { bold: null });
    text.insert(text.length, 'the 2019 blueprint', { link: { href: 'https://example.org/blueprint' } });
    text.insert(text.length, '.', { link: null });
    const list = new Y.XmlElement('bulletList');
    const items = ['Families first', 'Teams decide'].map((t) => {
      const li = new Y.XmlElement('listItem');
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(t)]);
      li.insert(0, [p]);
      return li;
    });
    list.insert(0, items);
    body.insert(body.length, [list]);
  });
}

export function exportWorkshop(options: ExportWorkshopOptions = {}): Y.Doc {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Time with families', localAuthority: 'Anyshire County Council', date: '2026-03-04', teamSize: 8 });
  updateMeta(doc, { anonymous: options.anonymous ?? false, namesInExports: options.namesInExports ?? false });
  const people = [addParticipant(doc, { displayName: 'Sam Facilitator', role: 'facilitator' })];
  for (let i = 1; i < (options.people ?? 6); i += 1) people.push(addParticipant(doc, { displayName: `Practitioner ${i}`, role: 'practitioner' }));
  const themes = [addTheme(doc, { name: 'Paperwork' }), addTheme(doc, { name: 'Meetings' })];
  const blockers: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < (options.blockers ?? 12); i += 1) {
      blockers.push(addBlocker(doc, {
        text: `${PHRASES[i % PHRASES.length]} (${i + 1})`,
        category: CATEGORIES[i % CATEGORIES.length]!.id,
        scope: SCOPES[i % SCOPES.length]!.id,
        frequency: FREQUENCIES[i % FREQUENCIES.length]!.id,
        minutesPerWeek: i % 4 === 3 ? null : 15 + (i % 9) * 10,
        authorId: people[i % people.length] ?? null,
        themeId: themes[i % 3] ?? null,
        x: (i % 40) * 240,
        y: Math.floor(i / 40) * 170,
      }));
    }
  });
  const ideas = ['Send one referral form to every system', 'Let team leads sign vouchers', 'Book reviews in the case system', 'Claim mileage on a phone']
    .map((text, i) => addIdea(doc, { text, blockerIds: blockers.slice(i, i + 2), scope: SCOPES[i % 3]!.id, effort: 'small', owner: `Team lead ${i + 1}`, reviewDate: '2026-06-01', measure: 'Minutes a week' }));
  const roundId = addRound(doc, { title: 'Which changes first?', itemIds: ideas, votesPerPerson: 2 });
  openRound(doc, roundId, { seal: false });
  people.forEach((voterId, i) => {
    castVote(doc, { roundId, itemId: ideas[i % 2]!, voterId });
    castVote(doc, { roundId, itemId: ideas[(i % 3) + 1]!, voterId });
  });
  closeRound(doc, roundId);
  revealRound(doc, roundId);
  seedBlueprint(doc);
  for (let i = 0; i < (options.changes ?? 0); i += 1) {
    addTrackedChange(doc, {
      title: `Change ${i + 1}: ${PHRASES[i % PHRASES.length]!.toLowerCase()}`,
      owner: `Owner ${i + 1}`, firstStep: 'Try it for a month', measure: 'Minutes saved a week',
      startDate: '2026-04-01', reviewDate: '2026-07-01',
      // The first two are the 2019 blueprint's own: less bureaucracy and working on a patch.
      minutesSaved: i === 0 ? 150 : i === 1 ? 100 : 5 + (i % 6), savesFrom: i === 1 ? 'travel' : 'recording',
    });
  }
  updateImpactInputs(doc, draftOf(BLUEPRINT_2019_PRESET.inputs));
  for (const section of Object.values(readWorkshop(doc).sections)) writeProse(doc, section.id, section.title);
  return doc;
}
