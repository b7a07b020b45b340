import { createWorkshop } from '../../../../shared/doc/ops';
import type { Action } from '../../actions/action';

/** The first person in a room opened by the host alone writes the workshop's details. */
export const startRoomWorkshopAction: Action<{ title: string; localAuthority: string }> = {
  id: 'room.startWorkshop',
  label: 'Start the workshop',
  perform: (session, details) => createWorkshop(session.doc, details),
};
