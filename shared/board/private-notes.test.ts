import { describe, expect, test } from 'vitest';
import { PrivateNotes, PrivateNotesError, privateNotesKey, type KeyValueStorage } from './private-notes.js';

/** A plain in-memory key-value store with localStorage's three methods. */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) { this.items.delete(key); }
}

describe('PrivateNotes', () => {
  test('notes survive a reload of the page, per workshop', () => {
    const storage = new MemoryStorage();
    const mine = new PrivateNotes(storage, 'workshop:a', () => 1000);
    const note = mine.add({ text: '  Panel papers take three hours  ', minutesPerWeek: 60, scope: 'our-service' });
    expect(note).toMatchObject({ text: 'Panel papers take three hours', category: 'other', minutesPerWeek: 60, scope: 'our-service', createdAt: 1000 });
    expect(note.id).toMatch(/^blocker:/);
    mine.update(note.id, { category: 'meetings', text: 'Panel papers take four hours' });
    const reloaded = new PrivateNotes(storage, 'workshop:a');
    expect(reloaded.list()).toEqual([{ ...note, category: 'meetings', text: 'Panel papers take four hours' }]);
    expect(new PrivateNotes(storage, 'workshop:b').list()).toEqual([]);
    reloaded.forget([note.id]);
    expect(storage.items.has(privateNotesKey('workshop:a'))).toBe(false);
  });

  test('bad input is refused with a message and nothing is saved', () => {
    const storage = new MemoryStorage();
    const mine = new PrivateNotes(storage, 'workshop:a');
    expect(() => mine.add({ text: '   ' })).toThrow(PrivateNotesError);
    expect(() => mine.add({ text: 'x'.repeat(501) })).toThrow(/at most 500 characters/);
    expect(() => mine.add({ text: 'ok', minutesPerWeek: -1 })).toThrow(/Minutes lost per week must be at least 0/);
    expect(() => mine.update('blocker:gone', { text: 'x' })).toThrow(/no longer on this laptop/);
    expect(mine.list()).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  test('a full storage loses nothing already kept and says so', () => {
    const storage = new MemoryStorage();
    const mine = new PrivateNotes(storage, 'workshop:a');
    mine.add({ text: 'Kept' });
    storage.full = true;
    expect(() => mine.add({ text: 'Does not fit' })).toThrow(/QuotaExceeded/);
    expect(mine.list().map((n) => n.text)).toEqual(['Kept']);
  });

  test('a damaged stored list is kept aside, not overwritten, and readable notes stay', () => {
    const storage = new MemoryStorage();
    const key = privateNotesKey('workshop:a');
    storage.setItem(key, '{"version":1,"notes":[{"id":"blocker:good00000001","text":"Good","category":"other","scope":null,"affects":"","frequency":null,"minutesPerWeek":null,"evidence":"","createdAt":1},{"id":"nope"}]}');
    const mine = new PrivateNotes(storage, 'workshop:a', () => 77);
    expect(mine.list().map((n) => n.text)).toEqual(['Good']);
    expect(mine.problem).toMatch(/1 of 2/);
    expect(storage.getItem(`${key}:damaged:77`)).toContain('"nope"');

    storage.setItem(privateNotesKey('workshop:b'), 'not json{');
    const broken = new PrivateNotes(storage, 'workshop:b', () => 78);
    expect(broken.list()).toEqual([]);
    expect(broken.problem).toMatch(/damaged/);
    expect(storage.getItem(`${privateNotesKey('workshop:b')}:damaged:78`)).toBe('not json{');
  });
});
