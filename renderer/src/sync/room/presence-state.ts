import { z } from 'zod';
import { MAX_NAME_LENGTH, ROLES, idsOf } from '../../../../shared/doc/seeded-lists';

/**
 * What each laptop tells the room about itself through y-protocols awareness:
 * presence, never saved. Anything else a peer sends (another app's fields, a
 * state too large, a wrong type) is not shown.
 */
export const MAX_PRESENCE_BYTES = 2 * 1024;

/** The kinds of record someone can be editing; the id says which one. */
export const EDITING_KINDS = ['blocker', 'theme', 'idea', 'section'] as const;
export type EditingKind = (typeof EDITING_KINDS)[number];

const participantId = z.string().regex(/^participant:[A-Za-z0-9_-]{1,64}$/);

export const presenceStateSchema = z.strictObject({
  participantId,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  role: z.enum(idsOf(ROLES)),
  editing: z
    .strictObject({ kind: z.enum(EDITING_KINDS), id: z.string().min(1).max(80) })
    .nullable()
    .optional(),
  // The blueprint's rich-text cursors (TipTap's collaboration caret, features/blueprint): the writer's
  // name and colour, and where their cursor is as two Yjs relative positions (bounded by the size cap).
  user: z.strictObject({ name: z.string().max(MAX_NAME_LENGTH), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) }).optional(),
  cursor: z.strictObject({ anchor: z.record(z.string(), z.unknown()), head: z.record(z.string(), z.unknown()) }).nullable().optional(),
  /** Hands up / ready (features/facilitation/hands.ts): live presence, never saved. */
  hand: z.enum(['up', 'ready']).nullable().optional(),
});

export type PresenceState = z.infer<typeof presenceStateSchema>;

/**
 * The same fields, none required: a laptop's state before it says who it is
 * (one awareness carries hands, carets and room presence, so a hand or a caret
 * can be set before the room presence is). Such a state counts as not present,
 * neither shown nor refused, until the laptop says who it is.
 */
const notIntroducedSchema = presenceStateSchema.partial();

const utf8 = new TextEncoder();

/** The state as sent (a JSON string), or a reason it is refused; null is a laptop that has left or has not said who it is. */
export function parsePresenceJson(json: string): { ok: true; state: PresenceState | null } | { ok: false; reason: string } {
  if (utf8.encode(json).length > MAX_PRESENCE_BYTES) return { ok: false, reason: 'too large' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  // null is how a peer says it has left.
  if (value === null) return { ok: true, state: null };
  const parsed = presenceStateSchema.safeParse(value);
  if (parsed.success) return { ok: true, state: parsed.data };
  return notIntroducedSchema.safeParse(value).success ? { ok: true, state: null } : { ok: false, reason: 'not a presence state' };
}
