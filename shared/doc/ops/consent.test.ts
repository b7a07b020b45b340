import { describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { newWorkshop, recordTransactions } from '../../../test/helpers/workshop-doc.js';
import { readIdea, readObjection } from '../read.js';
import { ideasMap, objectionsMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { validateDoc } from '../validate.js';
import {
  addIdea, openObjections, proposeForConsent, raiseObjection, recordConsent, reviewConsent, settleObjection, withdrawProposal,
} from './index.js';

const idea = (doc: Y.Doc, id: string) => readIdea(ideasMap(doc).get(id) as Y.Map<unknown>);

describe('consent round', () => {
  test('a proposal passes once every objection is resolved or noted', () => {
    const { doc, me } = newWorkshop();
    const a = addIdea(doc, { text: 'Block Wednesday afternoons for direct work' });
    const b = addIdea(doc, { text: 'Social workers hold food vouchers' });
    expect(recordTransactions(doc, () => proposeForConsent(doc, [a, b, a]))).toEqual([LOCAL_ORIGIN]);
    expect(idea(doc, a).consent).toBe('proposed');
    const objection = raiseObjection(doc, { ideaId: a, raisedBy: me, reason: '  Court deadlines fall on Wednesdays  ' });
    expect(readObjection(objectionsMap(doc).get(objection) as Y.Map<unknown>)).toMatchObject({ ideaId: a, raisedBy: me, reason: 'Court deadlines fall on Wednesdays', status: 'open' });
    expect(() => recordConsent(doc, a)).toThrow(/1 objection is still open/);
    expect(idea(doc, a).consent).toBe('proposed');
    settleObjection(doc, objection, { status: 'resolved', response: 'Thursday afternoons instead' });
    expect(openObjections(doc, a)).toEqual([]);
    recordConsent(doc, a);
    expect(idea(doc, a).consent).toBe('agreed');
    expect(proposeForConsent(doc, [a])).toEqual([]);
    const noted = raiseObjection(doc, { ideaId: b, raisedBy: me, reason: 'Audit needs a second signature' });
    settleObjection(doc, noted, { status: 'noted', response: 'Review with finance after three months' });
    recordConsent(doc, b);
    expect(readObjection(objectionsMap(doc).get(noted) as Y.Map<unknown>)).toMatchObject({ status: 'noted', response: 'Review with finance after three months' });
    reviewConsent(doc, b);
    withdrawProposal(doc, b);
    expect(idea(doc, b).consent).toBe('withdrawn');
    expect(validateDoc(doc)).toEqual([]);
  });

  test('bad input is refused with a reason and changes nothing', () => {
    const { doc, me } = newWorkshop();
    const a = addIdea(doc, { text: 'Team charter for meeting invitations' });
    expect(() => raiseObjection(doc, { ideaId: a, raisedBy: me, reason: 'Too soon' })).toThrow(/only be raised while an idea is proposed/);
    expect(() => proposeForConsent(doc, [])).toThrow(/at least one idea/);
    expect(() => proposeForConsent(doc, ['idea:gone'])).toThrow(/no idea/);
    proposeForConsent(doc, [a]);
    expect(() => raiseObjection(doc, { ideaId: a, raisedBy: me, reason: '   ' })).toThrow(/reason for the objection cannot be empty/);
    expect(() => raiseObjection(doc, { ideaId: a, raisedBy: 'participant:ghost', reason: 'x' })).toThrow(/no participant/);
    const objection = raiseObjection(doc, { ideaId: a, raisedBy: me, reason: 'x' });
    expect(() => settleObjection(doc, objection, { status: 'resolved', response: '' })).toThrow(/how the objection was resolved cannot be empty/);
    expect(() => settleObjection(doc, objection, { status: 'open' as never, response: 'x' })).toThrow(/either resolved or noted/);
    settleObjection(doc, objection, { status: 'noted', response: 'y' });
    expect(() => settleObjection(doc, objection, { status: 'resolved', response: 'z' })).toThrow(/already been resolved or noted/);
    expect(() => withdrawProposal(doc, addIdea(doc, { text: 'other' }))).toThrow(/Only an idea proposed/);
    expect(() => reviewConsent(doc, a)).toThrow(/Only an agreed idea/);
  });
});
