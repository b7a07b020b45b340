import { z } from 'zod';
import { defineRecord } from './define.js';
import { ref, requiredRef, string, timestamp, type FieldDef } from './fields.js';

/** Sealed choice: ephemeral key, nonce and ciphertext of a padded item id, base64. */
const MAX_SEALED_LENGTH = 400;

/** The item voted for; '' when the choice is sealed (see `sealed`). */
const itemIdField: FieldDef<string> = Object.freeze({
  storage: 'value', type: 'string', nullable: false, prefixes: ['idea:', 'theme:'], label: 'item voted for', default: '',
  schema: z.string({ error: 'must be empty or an id starting with "idea:" or "theme:"' }).max(64, { error: 'must be a short id' })
    .refine((id) => id === '' || id.startsWith('idea:') || id.startsWith('theme:'), { error: 'must be empty or an id starting with "idea:" or "theme:"' }),
});

/** One dot (or the taking back of one). Separate records, so concurrent voting never collides. */
export const voteRecord = defineRecord('vote', 'vote', {
  roundId: requiredRef('round', ['round:']),
  itemId: itemIdField,
  voterId: requiredRef('voter', ['participant:']),
  castAt: timestamp('time cast'),
  /** The choice sealed to the round's key until reveal ('' in a round that is not sealed). */
  sealed: string('sealed choice', { max: MAX_SEALED_LENGTH }),
  /**
   * Set on a record that takes back one of the voter's own dots. Dots are never
   * deleted or changed, only added, so what the closing laptop saw stays whole.
   */
  retracts: ref('dot taken back', 'vote:'),
});
