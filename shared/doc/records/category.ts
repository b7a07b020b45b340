import { CATEGORIES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { colour, optionalChoice, text, timestamp } from './fields.js';

/**
 * A workshop's own category, or its rewording/recolouring of a seeded one.
 * A custom category has a random id and `seedId` null; blockers refer to it by
 * that id. An override of a seeded category has `seedId` set and the id
 * `category:<seedId>` (so two people renaming the same seeded category at once
 * meet in one record); blockers keep the seeded id.
 */
export const categoryRecord = defineRecord('category', 'category', {
  name: text('name'),
  colour: colour('colour', '#DDDDDD'),
  seedId: optionalChoice('seeded category it rewords', idsOf(CATEGORIES)),
  createdAt: timestamp('time added'),
});
