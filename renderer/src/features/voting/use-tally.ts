import { useMemo } from 'react';
import { tallyRound, type Tally } from '../../../../shared/vote';
import { useWorkshopStore } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { roundKey } from './local-keys';

/**
 * The tally of one round, recomputed when the round, the votes or the people
 * change. It reads the document itself: the tally needs each vote's Yjs stamp,
 * which the plain snapshot does not carry.
 */
export function useTally(roundId: string): Tally | null {
  const votes = useWorkshopStore((s) => s.snapshot?.votes);
  const round = useWorkshopStore((s) => s.snapshot?.rounds[roundId]);
  const participants = useWorkshopStore((s) => s.snapshot?.participants);
  return useMemo(() => {
    const session = currentSession();
    if (!session || !round) return null;
    return tallyRound(session.doc, roundId, { secretKey: round.status === 'revealed' ? null : roundKey(roundId) });
  }, [roundId, round, votes, participants]);
}
