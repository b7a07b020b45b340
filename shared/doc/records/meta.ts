import { z } from 'zod';
import { DEFAULT_TEAM_SIZE, MAX_TEAM_SIZE, MAX_TITLE_LENGTH, PHASES, idsOf } from '../seeded-lists.js';
import { plainSchema } from './define.js';
import { boolean, choice, date, number, optionalTimestamp, ref, string, timestamp } from './fields.js';

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
  /** While true, each laptop keeps its new notes to itself; the facilitator's reveal sets it back to false. */
  privateWriting: boolean('write privately', false),
  /** Exports show people's names only when this is true and notes are not anonymous. */
  namesInExports: boolean('show names in exports', false),
  // Facilitation (schema version 2). The current agenda step; meta.phase is its kind.
  agendaStep: ref('current agenda step', 'agendaStep:'),
  /** The shared timer: when it started, in the host's clock (ms), or null when stopped. */
  timerStartedAt: optionalTimestamp('timer start'),
  timerSeconds: number('timer length', { min: 0, max: 6 * 60 * 60, int: true, default: 0 }),
  /** While true, only facilitators change the board. */
  boardLocked: boolean('board locked', false),
  /** Follow me: the view the facilitator brought everyone to ('' = no one is being led). */
  followView: string('followed view', { max: 20 }),
  /** Follow me: the spotlighted note, theme or idea, '' for none. */
  followTarget: string('spotlighted record', { max: 64 }),
  /** When the facilitator last said "follow me": a new summons brings back those who stepped out. */
  followAt: timestamp('time of follow me'),
  /** The programme this session belongs to ('' when it stands alone) and its place in it. */
  programmeTitle: string('programme', { max: MAX_TITLE_LENGTH }),
  sessionNumber: number('session number', { min: 1, max: 100, int: true, default: 1 }),
});

export const metaValidator = z.strictObject(plainSchema(metaFields));
