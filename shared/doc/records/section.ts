import { MAX_TITLE_LENGTH, SECTION_KINDS, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { choice, number, optionalTimestamp, richText, string, timestamp } from './fields.js';

/** A blueprint section; its prose is the Y.XmlFragment `body`, written together. */
export const sectionRecord = defineRecord('section', 'blueprint section', {
  title: string('title', { max: MAX_TITLE_LENGTH }),
  kind: choice('kind', idsOf(SECTION_KINDS), 'custom'),
  order: number('order', { min: -1e12, max: 1e12, int: false, default: 0 }),
  body: richText('body'),
  createdAt: timestamp('time added'),
  /** Set when someone deletes it: the section and its prose stay, restorable, so nobody's typing is lost. */
  deletedAt: optionalTimestamp('time deleted'),
});
