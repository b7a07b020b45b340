import { updateMeta } from '../../../../../shared/doc/ops';
import type { Action } from '../../../actions/action';
import { requireMay } from '../../../actions/may-change-notes';

/** The facilitator starts the "write privately" step: new notes stay on each laptop. */
export const startPrivateWritingAction: Action<void> = {
  id: 'workshop.private-start',
  label: 'Start writing privately',
  perform: (session) => {
    requireMay('facilitate');
    session.write((doc) => updateMeta(doc, { privateWriting: true }));
  },
};

/** The facilitator reveals: every laptop sees the flag turn off and publishes its private notes at once. */
export const revealAction: Action<void> = {
  id: 'workshop.private-reveal',
  label: 'Reveal everyone’s notes',
  perform: (session) => {
    requireMay('facilitate');
    session.write((doc) => updateMeta(doc, { privateWriting: false }));
  },
};

export const setAnonymousAction: Action<{ anonymous: boolean }> = {
  id: 'workshop.anonymous',
  label: 'Anonymous notes',
  perform: (session, { anonymous }) => {
    requireMay('facilitate');
    session.write((doc) => updateMeta(doc, { anonymous }));
  },
};
