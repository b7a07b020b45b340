import { z } from 'zod';
import { DEFAULT_TEAM_SIZE, MAX_TEAM_SIZE, MAX_TITLE_LENGTH, PHASES, idsOf } from '../seeded-lists.js';
import { plainSchema } from './define.js';
import { boolean, choice, date, number, string, timestamp } from './fields.js';

/**
 * The workshop's own details, held flat in the meta Y.Map. A document written
 * before `schemaVersion` existed reads as version 0 (see migrations.ts).
 */
export const metaFields = Object.freeze({
  title: string('title', { max: MAX_TITLE_LENGTH }),
  localAuthority: string('local authority', { max: MAX_TITLE_LENGTH }),
  date: date('date', { allowEmpty: true, default: '' }),
  schemaVersion: number('schema version', { min: 0, max: 1_000_000, int: true, default: 0 }),
  phase: choice('phase', idsOf(PHASES), 'welcome'),
  teamSize: number('team size', { min: 1, max: MAX_TEAM_SIZE, int: true, default: DEFAULT_TEAM_SIZE }),
  anonymous: boolean('anonymous notes', false),
  createdAt: timestamp('time created'),
});

export const metaValidator = z.strictObject(plainSchema(metaFields));
