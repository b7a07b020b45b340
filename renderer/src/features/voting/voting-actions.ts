// The voting screen's actions: data plus perform, calling the ops. Errors are
// OpErrors with plain-English messages; the screens show them.
import {
  addParticipant, addRound, castVote, closeRound, deleteRound, openRound, proposeForConsent, raiseObjection, recordConsent,
  retractVote, revealRound, reviewConsent, settleObjection, withdrawProposal,
} from '../../../../shared/doc/ops';
import type { NewRound } from '../../../../shared/doc/ops/rounds';
import type { Action } from '../../actions/action';
import { canNow, rememberMe } from '../../workshop/identity';
import { OpError } from '../../../../shared/doc/ops/op-error';
import { myChoice, rememberMyChoice, rememberRoundKey, roundKey } from './local-keys';

export const joinAction: Action<{ displayName: string }> = {
  id: 'workshop.join',
  label: 'Join this workshop',
  perform: (session, { displayName }) => {
    rememberMe(session.id, addParticipant(session.doc, { displayName, role: 'practitioner' }));
  },
};

export const createRoundAction: Action<NewRound> = {
  id: 'vote.createRound',
  label: 'Set up the round',
  perform: (session, round) => {
    addRound(session.doc, round);
  },
};

export const openRoundAction: Action<{ roundId: string }> = {
  id: 'vote.open',
  label: 'Open voting',
  perform: (session, { roundId }) => {
    const { secretKey } = openRound(session.doc, roundId);
    if (secretKey) rememberRoundKey(roundId, secretKey);
  },
};

export const closeRoundAction: Action<{ roundId: string }> = {
  id: 'vote.close',
  label: 'Close voting',
  perform: (session, { roundId }) => closeRound(session.doc, roundId),
};

export const revealRoundAction: Action<{ roundId: string }> = {
  id: 'vote.reveal',
  label: 'Reveal the results',
  perform: (session, { roundId }) => revealRound(session.doc, roundId, roundKey(roundId)),
};

export const deleteRoundAction: Action<{ roundId: string }> = {
  id: 'vote.delete',
  label: 'Delete round',
  perform: (session, { roundId }) => deleteRound(session.doc, roundId),
};

export const addDotAction: Action<{ roundId: string; itemId: string; voterId: string }> = {
  id: 'vote.addDot',
  label: 'Add a dot',
  shortcut: '+',
  perform: (session, input) => {
    // The phase, the lock and my role decide (workshop/identity.ts canNow); the ballot shows why not.
    const verdict = canNow('vote');
    if (!verdict.ok) throw new OpError(verdict.reason);
    const id = castVote(session.doc, input, (voteId) => myChoice(session.id, voteId));
    rememberMyChoice(session.id, id, input.itemId);
  },
};

export const takeDotBackAction: Action<{ voteId: string }> = {
  id: 'vote.takeBack',
  label: 'Take a dot back',
  shortcut: '−',
  perform: (session, { voteId }) => {
    retractVote(session.doc, voteId);
  },
};

export const proposeAction: Action<{ ideaIds: string[] }> = {
  id: 'consent.propose',
  label: 'Propose for consent',
  perform: (session, { ideaIds }) => {
    proposeForConsent(session.doc, ideaIds);
  },
};

export const objectAction: Action<{ ideaId: string; raisedBy: string; reason: string }> = {
  id: 'consent.object',
  label: 'Raise an objection',
  perform: (session, input) => {
    raiseObjection(session.doc, input);
  },
};

export const settleObjectionAction: Action<{ objectionId: string; status: 'resolved' | 'noted'; response: string }> = {
  id: 'consent.settle',
  label: 'Record the outcome',
  perform: (session, { objectionId, ...outcome }) => settleObjection(session.doc, objectionId, outcome),
};

export const recordConsentAction: Action<{ ideaId: string }> = {
  id: 'consent.agree',
  label: 'Record consent',
  perform: (session, { ideaId }) => recordConsent(session.doc, ideaId),
};

export const withdrawAction: Action<{ ideaId: string }> = {
  id: 'consent.withdraw',
  label: 'Withdraw the proposal',
  perform: (session, { ideaId }) => withdrawProposal(session.doc, ideaId),
};

export const reviewAction: Action<{ ideaId: string }> = {
  id: 'consent.review',
  label: 'Review the decision',
  perform: (session, { ideaId }) => reviewConsent(session.doc, ideaId),
};
