import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Hands up and "ready" are presence, not document: a count must fall the
 * moment a laptop leaves, and nobody needs last week's raised hands saved.
 * Each laptop puts its own `hand` in its awareness state.
 */
export type Hand = 'up' | 'ready' | null;

export interface HandCounts {
  up: number;
  ready: number;
  /** Laptops in the room that say who they are. */
  present: number;
}

export function setMyHand(awareness: Awareness, participantId: string, hand: Hand): void {
  const state = awareness.getLocalState() ?? {};
  awareness.setLocalState({ ...state, participantId, hand });
}

export function myHand(awareness: Awareness): Hand {
  const hand = awareness.getLocalState()?.hand;
  return hand === 'up' || hand === 'ready' ? hand : null;
}

/** Counts each participant once, however many windows they have open. */
export function countHands(awareness: Awareness): HandCounts {
  const byPerson = new Map<string, Hand>();
  for (const state of awareness.getStates().values()) {
    const id = state.participantId;
    if (typeof id !== 'string') continue;
    const hand = state.hand === 'up' || state.hand === 'ready' ? state.hand : null;
    if (!byPerson.has(id) || hand) byPerson.set(id, hand ?? byPerson.get(id) ?? null);
  }
  let up = 0;
  let ready = 0;
  for (const hand of byPerson.values()) {
    if (hand === 'up') up++;
    if (hand === 'ready') ready++;
  }
  return { up, ready, present: byPerson.size };
}

export function useHandCounts(awareness: Awareness | null): HandCounts {
  const [counts, setCounts] = useState<HandCounts>({ up: 0, ready: 0, present: 0 });
  useEffect(() => {
    if (!awareness) return;
    const update = () => setCounts(countHands(awareness));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return counts;
}
