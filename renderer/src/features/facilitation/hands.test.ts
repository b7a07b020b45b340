import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { describe, expect, test } from 'vitest';
import { countHands, myHand, setMyHand } from './hands';

/** Copies every laptop's presence into the facilitator's, as the host relays it. */
function relay(to: Awareness, from: Awareness[]): void {
  for (const a of from) applyAwarenessUpdate(to, encodeAwarenessUpdate(a, [a.clientID]), 'relay');
}

describe('hands up and ready', () => {
  test('counted live per person; a laptop that leaves stops counting', () => {
    const [fac, kim, ade, kimTab2] = [0, 1, 2, 3].map(() => new Awareness(new Y.Doc())) as [Awareness, Awareness, Awareness, Awareness];
    setMyHand(fac, 'participant:fac', null);
    setMyHand(kim, 'participant:kim', 'up');
    setMyHand(ade, 'participant:ade', 'ready');
    setMyHand(kimTab2, 'participant:kim', null); // Kim's second window does not undo her raised hand
    relay(fac, [kim, ade, kimTab2]);
    expect(countHands(fac)).toEqual({ up: 1, ready: 1, present: 3 });
    expect(myHand(kim)).toBe('up');

    setMyHand(kim, 'participant:kim', null);
    relay(fac, [kim]);
    expect(countHands(fac)).toEqual({ up: 0, ready: 1, present: 3 });

    removeAwarenessStates(fac, [ade.clientID], 'left');
    expect(countHands(fac)).toEqual({ up: 0, ready: 0, present: 2 });
  });

  test('states from other features are kept, and junk is not counted', () => {
    const a = new Awareness(new Y.Doc());
    a.setLocalState({ user: { name: 'Sam', color: '#112233' } });
    setMyHand(a, 'participant:sam', 'up');
    expect(a.getLocalState()).toEqual({ user: { name: 'Sam', color: '#112233' }, participantId: 'participant:sam', hand: 'up' });
    const b = new Awareness(new Y.Doc());
    b.setLocalState({ participantId: 42, hand: 'up' });
    const c = new Awareness(new Y.Doc());
    c.setLocalState({ participantId: 'participant:c', hand: 'everything' });
    relay(a, [b, c]);
    expect(countHands(a)).toEqual({ up: 1, ready: 0, present: 2 });
  });
});
