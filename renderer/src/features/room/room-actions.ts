import { addParticipant, updateParticipant } from '../../../../shared/doc/ops';
import { participantsMap } from '../../../../shared/doc/schema';
import type { SessionTemplate } from '../../../../shared/facilitation/templates';
import type { Action } from '../../actions/action';
import { announce } from '../../store/workshop-store';
import { roomFor, rememberRoom } from '../../sync/room/room-credentials';
import { myParticipantId, rememberMe } from '../../workshop/identity';
import type { WorkshopSession } from '../../workshop/session';
import { startRoomWorkshop, watchRoomStart } from './room-start';

export interface RoomWorkshopDetails {
  readonly title: string;
  readonly localAuthority: string;
  /** The session template whose agenda, prompts, timings and categories the workshop starts with; none = the standard agenda. */
  readonly template?: SessionTemplate;
}

/**
 * The person who starts the room's workshop runs it: their participant record
 * (made from the name they joined with) becomes the facilitator's, and the
 * profile this tab rejoins with says so too, so a reload keeps the role.
 */
function becomeFacilitator(session: WorkshopSession): void {
  const credentials = roomFor(session.id);
  const known = myParticipantId(session.id);
  if (known && participantsMap(session.doc).has(known)) {
    updateParticipant(session.doc, known, { role: 'facilitator' });
  } else {
    rememberMe(session.id, addParticipant(session.doc, { displayName: credentials?.profile?.displayName ?? 'Facilitator', role: 'facilitator' }));
  }
  if (credentials?.profile) rememberRoom({ ...credentials, profile: { ...credentials.profile, role: 'facilitator' } });
}

/** The first person in a room opened by the host alone starts the workshop, from a template, as its facilitator. */
export const startRoomWorkshopAction: Action<RoomWorkshopDetails> = {
  id: 'room.startWorkshop',
  label: 'Start the workshop',
  perform: (session, { template, ...details }) => {
    const start = startRoomWorkshop(session.doc, details, template);
    becomeFacilitator(session);
    // Another laptop may have started it at the same moment: then the room keeps theirs, and this one's agenda goes.
    watchRoomStart(session.doc, start, () => announce('Someone else started this room’s workshop at the same moment. The room keeps theirs; you are still a facilitator.'));
  },
};
