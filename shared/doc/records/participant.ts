import { MAX_NAME_LENGTH, ROLES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { choice, string, timestamp } from './fields.js';

export const participantRecord = defineRecord('participant', 'participant', {
  displayName: string('display name', { max: MAX_NAME_LENGTH }),
  role: choice('role', idsOf(ROLES), 'practitioner'),
  createdAt: timestamp('time added'),
});
