import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { readWorkshop } from '../../../../shared/doc/read';
import { BUILT_IN_TEMPLATES, type SessionTemplate } from '../../../../shared/facilitation/templates';
import { orderedSteps, readAgenda } from '../../../../shared/facilitation/agenda';
import { startRoomWorkshop, startWon, watchRoomStart, withdrawLostStart } from './room-start';

const template = (id: string): SessionTemplate => BUILT_IN_TEMPLATES.find((t) => t.id === id)!;
const liveSteps = (doc: Y.Doc) => orderedSteps(readAgenda(doc)).map((s) => `${s.order} ${s.label}`);
const categoryNames = (doc: Y.Doc) => Object.values(readWorkshop(doc).categories).map((c) => c.name).sort();

/** From now on each laptop's doc sends its own updates to the other, after exchanging what each holds, as the room does. */
function connect(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (update: Uint8Array, origin: unknown) => { if (origin !== 'remote') Y.applyUpdate(b, update, 'remote'); });
  b.on('update', (update: Uint8Array, origin: unknown) => { if (origin !== 'remote') Y.applyUpdate(a, update, 'remote'); });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
}

let clock = 1_700_000_000_000;
afterEach(() => vi.restoreAllMocks());

/** Two laptops that both saw "not started" and both pressed Start before hearing of the other. */
function doubleStart(first: SessionTemplate | undefined, second: SessionTemplate | undefined, clientIds: [number, number]) {
  // Each start reads its own millisecond, as two laptops would.
  vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1));
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  a.clientID = clientIds[0];
  b.clientID = clientIds[1];
  const startA = startRoomWorkshop(a, { title: 'Room A', localAuthority: 'Anyshire' }, first);
  const startB = startRoomWorkshop(b, { title: 'Room B', localAuthority: 'Byshire' }, second);
  watchRoomStart(a, startA);
  watchRoomStart(b, startB);
  connect(a, b);
  return { a, b, startA, startB };
}

describe('starting a room’s workshop', () => {
  it('writes the workshop with its template’s agenda, prompts, timings and categories', () => {
    const doc = new Y.Doc();
    const chosen = template('local-blueprint');
    const start = startRoomWorkshop(doc, { title: 'Room', localAuthority: 'Anyshire' }, chosen);
    expect(readWorkshop(doc).meta).toMatchObject({ title: 'Room', localAuthority: 'Anyshire', sessionNumber: 3 });
    const steps = orderedSteps(readAgenda(doc));
    expect(steps.map((s) => [s.label, s.prompt, s.minutes])).toEqual(chosen.steps.map((s) => [s.label, s.prompt, s.minutes]));
    expect(categoryNames(doc)).toContain('Ways of working');
    expect(start.agendaIds).toHaveLength(chosen.steps.length);
    expect(start.categoryIds).toHaveLength(1);
    expect(startWon(doc, start)).toBe(true);
    expect(withdrawLostStart(doc, start)).toBe(false);
  });

  it('refuses a template that does not validate, and writes nothing', () => {
    const doc = new Y.Doc();
    const broken = { ...template('session-2'), steps: [] };
    expect(() => startRoomWorkshop(doc, { title: 'Room', localAuthority: 'Anyshire' }, broken)).toThrow('That session template cannot be used');
    expect(readWorkshop(doc).meta.title).toBe('');
    expect(liveSteps(doc)).toEqual([]);
  });

  it('ends in one workshop with one agenda when two laptops start it at once, whichever wins', () => {
    const cases: [SessionTemplate | undefined, SessionTemplate | undefined][] = [
      [template('session-2'), template('session-2')],
      [template('session-1'), template('local-blueprint')],
      [template('local-blueprint'), template('session-1')],
      [template('local-blueprint'), undefined],
      [undefined, template('local-blueprint')],
    ];
    for (const [first, second] of cases) {
      for (const clientIds of [[1, 2], [2, 1], [90_000, 7]] as [number, number][]) {
        const { a, b, startA, startB } = doubleStart(first, second, clientIds);
        const where = `${first?.id ?? 'standard'} vs ${second?.id ?? 'standard'}, clients ${clientIds.join('/')}`;
        expect(Y.encodeStateVector(a), where).toEqual(Y.encodeStateVector(b));
        expect(readWorkshop(a), where).toEqual(readWorkshop(b));
        // Exactly one start won, and the document is all of that start: its title, its agenda, its categories.
        expect(startWon(a, startA) !== startWon(b, startB), where).toBe(true);
        const winner = startWon(a, startA) ? first : second;
        const title = startWon(a, startA) ? 'Room A' : 'Room B';
        expect(readWorkshop(a).meta.title, where).toBe(title);
        expect(readWorkshop(a).meta.localAuthority, where).toBe(title === 'Room A' ? 'Anyshire' : 'Byshire');
        expect(liveSteps(a), where).toEqual((winner?.steps ?? []).map((s, i) => `${i + 1} ${s.label}`));
        expect(categoryNames(a), where).toEqual((winner?.categories ?? []).map((c) => c.name).sort());
      }
    }
  });

  it('withdraws a lost start that arrives late, after the winner has already changed its title', () => {
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1));
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.clientID = 5;
    b.clientID = 4;
    const startA = startRoomWorkshop(a, { title: 'Room A', localAuthority: 'Anyshire' }, template('session-2'));
    const startB = startRoomWorkshop(b, { title: 'Room B', localAuthority: 'Byshire' }, template('session-1'));
    let lostA = 0;
    let lostB = 0;
    watchRoomStart(a, startA, () => { lostA += 1; });
    watchRoomStart(b, startB, () => { lostB += 1; });
    a.getMap('meta').set('title', 'Room A, renamed');
    connect(a, b);
    // Client 5 outranks 4, so A's start wins; renaming it later never makes A withdraw its own agenda.
    expect([lostA, lostB]).toEqual([0, 1]);
    expect(readWorkshop(b).meta.title).toBe('Room A, renamed');
    expect(liveSteps(b)).toEqual(template('session-2').steps.map((s, i) => `${i + 1} ${s.label}`));
  });
});
