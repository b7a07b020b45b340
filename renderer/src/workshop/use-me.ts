import { useWorkshopStore } from '../store/workshop-store';
import { me } from './identity';
import type { Participant } from '../../../shared/doc/types';

/** This laptop's participant in the open workshop, or null before joining. */
export function useMe(): Participant | null {
  return useWorkshopStore((state) => me(state.snapshot, state.workshopId));
}
