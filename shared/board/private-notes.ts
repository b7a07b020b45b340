// Notes written in a "write privately" step: kept on this laptop only, per
// workshop, outside the shared document, until the facilitator reveals. Each
// note gets its final blocker id now, so publishing it twice adds it once.
// Storage is any string key-value store (localStorage in the app); a damaged
// stored value is set aside under another key, never overwritten or lost.
import { z } from 'zod';
import { newId } from '../doc/ids.js';
import { MAX_NOTE_LENGTH, blockerRecord } from '../doc/schema.js';
import type { Blocker } from '../doc/types.js';

/** A note kept on this laptop until the reveal: a blocker's own fields, with its final id. */
export type PrivateNote = Pick<Blocker, 'id' | 'text' | 'category' | 'scope' | 'affects' | 'frequency' | 'minutesPerWeek' | 'evidence' | 'createdAt'>;

export type PrivateNotePatch = Partial<Omit<PrivateNote, 'id' | 'createdAt'>>;

/** The part of localStorage this needs; anything with these three methods will do. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const f = blockerRecord.fields;
const noteSchema = z.strictObject({
  id: z.string().startsWith(blockerRecord.prefix).max(64),
  text: z.string().trim().min(1).max(MAX_NOTE_LENGTH),
  category: f.category.schema,
  scope: f.scope.schema,
  affects: f.affects.schema,
  frequency: f.frequency.schema,
  minutesPerWeek: f.minutesPerWeek.schema,
  evidence: f.evidence.schema,
  createdAt: f.createdAt.schema,
});
const storedSchema = z.strictObject({ version: z.literal(1), notes: z.array(z.unknown()) });

export function privateNotesKey(workshopId: string): string {
  return `small-changes:private-notes:${workshopId}`;
}

export class PrivateNotesError extends Error {
  override readonly name = 'PrivateNotesError';
}

function checkedPatch(patch: PrivateNotePatch): PrivateNotePatch {
  const partial = noteSchema.omit({ id: true, createdAt: true }).partial().safeParse(patch);
  if (!partial.success) {
    const issue = partial.error.issues[0];
    const field = String(issue?.path[0] ?? 'note');
    const label = field === 'text' ? 'The note' : `${(f as Record<string, { label: string }>)[field]?.label ?? field}`;
    throw new PrivateNotesError(field === 'text'
      ? `The note must have words and be at most ${MAX_NOTE_LENGTH} characters.`
      : `${label.charAt(0).toUpperCase()}${label.slice(1)} ${issue?.message ?? 'is not valid'}.`);
  }
  return partial.data as PrivateNotePatch;
}

/** One workshop's private notes on this laptop. */
export class PrivateNotes {
  private notes: PrivateNote[];
  /** Set when the stored value could not be read; the raw text was kept under `damagedKey`. */
  readonly problem: string | null = null;

  constructor(private readonly storage: KeyValueStorage, private readonly workshopId: string, private readonly now: () => number = Date.now) {
    const key = privateNotesKey(workshopId);
    const raw = storage.getItem(key);
    this.notes = [];
    if (raw === null) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const stored = storedSchema.safeParse(parsed);
    const good = stored.success ? stored.data.notes.map((n) => noteSchema.safeParse(n)).filter((r) => r.success).map((r) => r.data as PrivateNote) : [];
    const lost = stored.success ? stored.data.notes.length - good.length : 1;
    if (lost > 0) {
      const damagedKey = `${key}:damaged:${this.now()}`;
      storage.setItem(damagedKey, raw);
      this.problem = `Some of your private notes on this laptop could not be read (${stored.success ? `${lost} of ${stored.data.notes.length}` : 'the saved list is damaged'}). They were kept aside under "${damagedKey}"; the rest are here.`;
    }
    this.notes = good;
  }

  list(): readonly PrivateNote[] {
    return this.notes;
  }

  /** Adds a note; throws PrivateNotesError (nothing saved) on empty or too-long words. */
  add(input: { text: string } & PrivateNotePatch): PrivateNote {
    const patch = checkedPatch({ ...input, text: input.text?.trim() });
    const note: PrivateNote = {
      id: newId(blockerRecord.prefix),
      text: patch.text!,
      category: patch.category ?? 'other',
      scope: patch.scope ?? null,
      affects: patch.affects ?? '',
      frequency: patch.frequency ?? null,
      minutesPerWeek: patch.minutesPerWeek ?? null,
      evidence: patch.evidence ?? '',
      createdAt: this.now(),
    };
    this.save([...this.notes, note]);
    return note;
  }

  update(id: string, patch: PrivateNotePatch): PrivateNote {
    const index = this.notes.findIndex((n) => n.id === id);
    if (index < 0) throw new PrivateNotesError('That private note is no longer on this laptop.');
    const checked = checkedPatch(patch.text === undefined ? patch : { ...patch, text: patch.text.trim() });
    const next: PrivateNote = { ...this.notes[index]!, ...checked };
    this.save(this.notes.map((n, i) => (i === index ? next : n)));
    return next;
  }

  remove(id: string): void {
    this.save(this.notes.filter((n) => n.id !== id));
  }

  /** Forgets notes once they are in the shared document. */
  forget(ids: readonly string[]): void {
    const gone = new Set(ids);
    this.save(this.notes.filter((n) => !gone.has(n.id)));
  }

  private save(notes: PrivateNote[]): void {
    const key = privateNotesKey(this.workshopId);
    if (notes.length === 0) this.storage.removeItem(key);
    else this.storage.setItem(key, JSON.stringify({ version: 1, notes }));
    // Only after the write succeeded (a full storage throws): memory never runs ahead of the laptop.
    this.notes = notes;
  }
}
