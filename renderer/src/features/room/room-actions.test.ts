// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addParticipant } from '../../../../shared/doc/ops';
import { readWorkshop } from '../../../../shared/doc/read';
import { orderedSteps, readAgenda } from '../../../../shared/facilitation/agenda';
import { BUILT_IN_TEMPLATES } from '../../../../shared/facilitation/templates';
import { forgetRoom, rememberRoom, roomFor } from '../../sync/room/room-credentials';
import { myParticipantId, rememberMe } from '../../workshop/identity';
import type { WorkshopSession } from '../../workshop/session';
import { startRoomWorkshopAction } from './room-actions';

const SESSION_2 = BUILT_IN_TEMPLATES.find((t) => t.id === 'session-2')!;

/** The parts of a session the action uses: the room's document and its id. */
function roomSession(id: string): WorkshopSession {
  const doc = new Y.Doc();
  return { id, doc, write: (fn) => fn(doc) } as Pick<WorkshopSession, 'id' | 'doc' | 'write'> as WorkshopSession;
}

const joined = (id: string) => rememberRoom({
  workshopId: id, roomName: 'NORTH7', secret: 'Team North 2026', hostUrl: 'http://127.0.0.1:5170',
  profile: { displayName: 'Sam', role: 'practitioner' },
});

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('startRoomWorkshopAction', () => {
  it('starts the workshop from the template and makes the person who joined as a practitioner its facilitator', () => {
    const session = roomSession('workshop:room-a');
    joined(session.id);
    startRoomWorkshopAction.perform(session, { title: 'Team North', localAuthority: 'Northshire', template: SESSION_2 });
    const workshop = readWorkshop(session.doc);
    expect(workshop.meta).toMatchObject({ title: 'Team North', localAuthority: 'Northshire', sessionNumber: 2 });
    expect(orderedSteps(readAgenda(session.doc)).map((s) => s.label)).toEqual(SESSION_2.steps.map((s) => s.label));
    const me = myParticipantId(session.id);
    expect(me && workshop.participants[me]).toMatchObject({ displayName: 'Sam', role: 'facilitator' });
    expect(Object.values(workshop.participants)).toHaveLength(1);
    // A reload rejoins with the stored profile: it must say facilitator, or the room would demote them.
    expect(roomFor(session.id)?.profile).toEqual({ displayName: 'Sam', role: 'facilitator' });
    forgetRoom(session.id);
  });

  it('promotes the participant record the room already made for this laptop, rather than adding a second', () => {
    const session = roomSession('workshop:room-b');
    joined(session.id);
    // What the room session does the moment the workshop's title arrives.
    session.doc.on('update', () => {
      if (readWorkshop(session.doc).meta.title && !myParticipantId(session.id)) {
        rememberMe(session.id, addParticipant(session.doc, { displayName: 'Sam', role: 'practitioner' }));
      }
    });
    startRoomWorkshopAction.perform(session, { title: 'Team North', localAuthority: 'Northshire' });
    const people = Object.values(readWorkshop(session.doc).participants);
    expect(people.map((p) => [p.displayName, p.role])).toEqual([['Sam', 'facilitator']]);
    expect(orderedSteps(readAgenda(session.doc))).toEqual([]);
    forgetRoom(session.id);
  });

  it('refuses to start a workshop that has already started, and changes nothing', () => {
    const session = roomSession('workshop:room-c');
    joined(session.id);
    startRoomWorkshopAction.perform(session, { title: 'Team North', localAuthority: 'Northshire', template: SESSION_2 });
    const before = Y.encodeStateVector(session.doc);
    expect(() => startRoomWorkshopAction.perform(session, { title: 'Another', localAuthority: 'Elsewhere' })).toThrow('This document already holds a workshop.');
    expect(Y.encodeStateVector(session.doc)).toEqual(before);
    forgetRoom(session.id);
  });
});
