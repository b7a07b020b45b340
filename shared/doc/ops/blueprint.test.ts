import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { forkDoc, newWorkshop, recordTransactions, syncDocs } from '../../../test/helpers/workshop-doc.js';
import { votingWorkshop } from '../../../test/helpers/vote-doc.js';
import { readBlueprint } from '../read-blueprint.js';
import { readWorkshop } from '../read.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { UpdateGate } from '../update-gate.js';
import { validateDoc } from '../validate.js';
import { DECISION_SEEDS, SECTION_SEEDS, SUPPORT_TEAM_SEEDS, TEAM_ROLE_SEEDS } from '../../blueprint/seeds.js';
import {
  addBlocker, castVote, closeRound, revealRound, addDecision, addIdea, addSupportTeam, addTeamRole, addTrackedChange, deleteDecision, deleteSection,
  deleteTrackedChange, editDecisionText, editEvidenceNote, editSupportTeamText, editTeamDesignText, editTeamRoleText,
  editTrackedChangeText, restoreTrackedChange, seedBlueprint, setDecisionRight, setTeamRoleHolder, updateBlocker,
  updateImpactInputs, updateTeamDesign, updateTrackedChange,
} from './index.js';

const blueprint = (doc: Y.Doc) => readBlueprint(doc);
const only = <T>(record: Readonly<Record<string, T>>): T[] => Object.values(record);

describe('decision rights', () => {
  test('rows and cells; each cell its own field, so two people changing two cells both keep theirs', () => {
    const { doc } = newWorkshop();
    let id = '';
    expect(recordTransactions(doc, () => { id = addDecision(doc, { label: 'Buy a bus pass for a family', rights: { familyFacing: 'decides' } }); })).toEqual([LOCAL_ORIGIN]);
    const other = forkDoc(doc);
    setDecisionRight(doc, id, 'enabler', 'told');
    setDecisionRight(other, id, 'strategy', 'consulted');
    editDecisionText(other, id, 'note', 'Up to £50 a month');
    syncDocs(doc, other);
    expect(blueprint(doc).decisions[id]).toMatchObject({
      label: 'Buy a bus pass for a family', note: 'Up to £50 a month',
      familyFacing: 'decides', enabler: 'told', strategy: 'consulted', referral: null, insight: null,
    });
    expect(recordTransactions(doc, () => setDecisionRight(doc, id, 'enabler', 'told'))).toEqual([]);
    setDecisionRight(doc, id, 'enabler', null);
    expect(blueprint(doc).decisions[id]?.enabler).toBeNull();
    expect(validateDoc(doc)).toEqual([]);
  });

  test('refuses what is not a team, a level or a decision', () => {
    const { doc } = newWorkshop();
    const id = addDecision(doc, { label: 'Close a case' });
    expect(() => addDecision(doc, { label: '  ' })).toThrow('The decision cannot be empty.');
    expect(() => setDecisionRight(doc, id, 'finance' as never, 'decides')).toThrow(/no team "finance"/);
    expect(() => setDecisionRight(doc, id, 'strategy', 'vetoes' as never)).toThrow(/must be one of: decides, consulted, told/);
    expect(() => editDecisionText(doc, id, 'label', '')).toThrow(/cannot be empty/);
    expect(() => editDecisionText(doc, id, 'colour' as never, 'x')).toThrow(/not words that can be edited/);
    deleteDecision(doc, id);
    expect(() => setDecisionRight(doc, id, 'strategy', 'decides')).toThrow(/no decision/);
  });
});

describe('support teams, team design and shared roles', () => {
  test('edit names, purposes, sizes and holders', () => {
    const { doc } = newWorkshop();
    expect(() => updateTeamDesign(doc, { size: 9 })).toThrow(/not been started/);
    seedBlueprint(doc);
    const team = addSupportTeam(doc, { name: 'Family Help Team', purpose: 'Practical help at home' });
    editSupportTeamText(doc, team, 'purpose', 'Practical help at home, fast');
    updateTeamDesign(doc, { size: 10, teamCount: 6, budgetPerTeam: 12000 });
    editTeamDesignText(doc, 'patches', 'North, South, East, West, Town centre, Villages');
    const role = addTeamRole(doc, { name: 'Link with schools' });
    editTeamRoleText(doc, role, 'purpose', 'Knows every school on the patch');
    setTeamRoleHolder(doc, role, 'Priya, until March');
    const bp = blueprint(doc);
    expect(bp.supportTeams[team]).toMatchObject({ name: 'Family Help Team', purpose: 'Practical help at home, fast', seedKey: '' });
    expect(bp.teamDesign).toMatchObject({ size: 10, teamCount: 6, budgetPerTeam: 12000, patches: 'North, South, East, West, Town centre, Villages' });
    expect(bp.teamRoles[role]).toMatchObject({ name: 'Link with schools', holder: 'Priya, until March' });
    expect(() => updateTeamDesign(doc, { size: 51 })).toThrow('Team size must be at most 50.');
    expect(() => updateTeamDesign(doc, { size: 7.5 })).toThrow('Team size must be a whole number.');
    expect(() => updateTeamDesign(doc, { budgetPerTeam: -1 })).toThrow(/Budget per team must be at least 0/);
    expect(validateDoc(doc)).toEqual([]);
  });
});

describe('the tracker', () => {
  test('plan, do, study, act', () => {
    const { doc } = newWorkshop();
    const id = addTrackedChange(doc, { title: 'Afternoons blocked for direct work', owner: 'Team 3' });
    updateTrackedChange(doc, id, { startDate: '2026-04-01', reviewDate: '2026-06-30', minutesSaved: 90, savesFrom: 'meetings' });
    editTrackedChangeText(doc, id, 'baseline', 'Two afternoons a month free');
    editTrackedChangeText(doc, id, 'result', 'Six afternoons a month free');
    updateTrackedChange(doc, id, { decision: 'adopt' });
    expect(blueprint(doc).trackedChanges[id]).toMatchObject({
      owner: 'Team 3', startDate: '2026-04-01', decision: 'adopt', minutesSaved: 90, savesFrom: 'meetings',
      baseline: 'Two afternoons a month free', result: 'Six afternoons a month free', deletedAt: null,
    });
    expect(() => updateTrackedChange(doc, id, { reviewDate: 'in June' })).toThrow(/Review date must be empty or a date/);
    expect(() => updateTrackedChange(doc, id, { decision: 'maybe' as never })).toThrow(/Decision must be one of: adopt, adapt, abandon/);
    expect(() => updateTrackedChange(doc, id, { minutesSaved: -10 })).toThrow(/at least 0/);
    expect(() => editTrackedChangeText(doc, id, 'title', '')).toThrow(/cannot be empty/);
  });

  test('two people typing in one field both keep their words', () => {
    const { doc } = newWorkshop();
    const id = addTrackedChange(doc, { title: 'Team charter for meeting invitations' });
    editTrackedChangeText(doc, id, 'learning', 'Fewer meetings.');
    const other = forkDoc(doc);
    editTrackedChangeText(doc, id, 'learning', 'Fewer meetings. Shorter ones too.');
    editTrackedChangeText(other, id, 'learning', 'Far fewer meetings.');
    syncDocs(doc, other);
    const learning = blueprint(doc).trackedChanges[id]?.learning ?? '';
    expect(learning).toContain('Shorter ones too.');
    expect(learning).toContain('Far');
    expect(blueprint(other).trackedChanges[id]?.learning).toBe(learning);
  });

  test('a removed change can be restored', () => {
    const { doc } = newWorkshop();
    const id = addTrackedChange(doc, { title: 'Vouchers' });
    deleteTrackedChange(doc, id);
    expect(blueprint(doc).trackedChanges[id]?.deletedAt).toEqual(expect.any(Number));
    restoreTrackedChange(doc, id);
    expect(blueprint(doc).trackedChanges[id]?.deletedAt).toBeNull();
  });
});

describe('impact inputs', () => {
  test('stored only when they make sense, with the field\'s own message otherwise', () => {
    const { doc } = newWorkshop();
    updateImpactInputs(doc, { caseHolders: 40, managersBecomingCaseHolders: 8, contractedHours: 37 });
    expect(blueprint(doc).impactInputs).toMatchObject({ caseHolders: 40, managersBecomingCaseHolders: 8, totalCases: null });
    expect(() => updateImpactInputs(doc, { caseHolders: -3 })).toThrow(/at least 0/);
    expect(() => updateImpactInputs(doc, { contractedHours: 170 })).toThrow(/at most 168/);
    expect(() => updateImpactInputs(doc, { managersBecomingCaseHolders: 41 })).toThrow('More managers than case-holding staff: enter at most 40.');
    expect(() => updateImpactInputs(doc, { caseHolders: 5 })).toThrow('More managers than case-holding staff: enter at most 5.');
    updateImpactInputs(doc, { directHours: 6, travelHours: 5, recordingHours: 15, meetingHours: 6 });
    expect(() => updateImpactInputs(doc, { supervisionHours: 6 })).toThrow(/add up to 38 hours, more than the 37 contracted hours/);
    expect(blueprint(doc).impactInputs).toMatchObject({ caseHolders: 40, managersBecomingCaseHolders: 8, supervisionHours: null });
    expect(recordTransactions(doc, () => updateImpactInputs(doc, { supervisionHours: 2, yearsCaseHolders: 6 }))).toEqual([LOCAL_ORIGIN]);
    expect(validateDoc(doc)).toEqual([]);
  });
});

describe('seeding from the workshop', () => {
  function workshopWithWork() {
    const { doc } = newWorkshop();
    const b1 = addBlocker(doc, { text: 'Forms asked twice', category: 'duplicate-data-entry', scope: 'our-service', minutesPerWeek: 90 });
    addBlocker(doc, { text: 'Sign-off for a taxi takes two days', category: 'sign-off-chains', scope: 'local-authority', minutesPerWeek: 60 });
    addBlocker(doc, { text: 'Court templates', category: 'forms', scope: 'national', minutesPerWeek: 30 });
    const local = addIdea(doc, { text: 'One form, filled once', scope: 'our-service', owner: 'Business support', firstStep: 'List the duplicate fields', blockerIds: [b1] });
    const national = addIdea(doc, { text: 'Change the court templates', scope: 'national' });
    return { doc, local, national };
  }

  test('the first run lays out the blueprint and fills it from the workshop', () => {
    const { doc, local, national } = workshopWithWork();
    let report!: ReturnType<typeof seedBlueprint>;
    expect(recordTransactions(doc, () => { report = seedBlueprint(doc); })).toEqual([LOCAL_ORIGIN]);
    expect(report).toMatchObject({ started: true, sectionsAdded: SECTION_SEEDS.length, changesAdded: 1, choiceSource: 'local-scope' });
    const bp = blueprint(doc);
    expect(only(bp.decisions).map((d) => d.seedKey).sort()).toEqual(DECISION_SEEDS.map((d) => d.key).sort());
    expect(only(bp.supportTeams)).toHaveLength(SUPPORT_TEAM_SEEDS.length);
    expect(only(bp.teamRoles)).toHaveLength(TEAM_ROLE_SEEDS.length);
    expect(bp.teamDesign?.size).toBe(8);
    const changes = only(bp.trackedChanges);
    expect(changes.map((c) => c.ideaId)).toEqual([local]);
    expect(changes.map((c) => c.ideaId)).not.toContain(national);
    expect(changes[0]).toMatchObject({ title: 'One form, filled once', owner: 'Business support', firstStep: 'List the duplicate fields' });
    const byCategory = only(bp.evidence).filter((l) => l.dimension === 'category').sort((a, b) => a.order - b.order);
    expect(byCategory.map((l) => [l.key, l.notes, l.minutesPerWorker])).toEqual([
      ['duplicate-data-entry', 1, 90], ['sign-off-chains', 1, 60], ['forms', 1, 30],
    ]);
    expect(only(bp.evidence).filter((l) => l.dimension === 'scope').map((l) => l.key).sort()).toEqual(['local-authority', 'national', 'our-service']);
    // Placing a child and starting court proceedings: the Strategy Team decides.
    const place = only(bp.decisions).find((d) => d.seedKey === 'place-child');
    const court = only(bp.decisions).find((d) => d.seedKey === 'start-court-proceedings');
    expect([place?.strategy, court?.strategy]).toEqual(['decides', 'decides']);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('running it again adds what is new and never overwrites what people wrote', () => {
    const { doc, local } = workshopWithWork();
    seedBlueprint(doc);
    const bp = blueprint(doc);
    const change = only(bp.trackedChanges)[0]!;
    editTrackedChangeText(doc, change.id, 'title', 'One referral form, filled once');
    updateTrackedChange(doc, change.id, { owner: 'Ana' });
    const line = only(bp.evidence).find((l) => l.key === 'duplicate-data-entry')!;
    editEvidenceNote(doc, line.id, 'Every referral is typed twice.');
    const decision = only(bp.decisions).find((d) => d.seedKey === 'agree-plan')!;
    setDecisionRight(doc, decision.id, 'insight', null);
    const vision = Object.values(readWorkshop(doc).sections).find((s) => s.kind === 'vision')!;
    deleteSection(doc, vision.id);
    const before = Y.encodeStateVector(doc);

    // Nothing new: the second run changes nothing at all.
    expect(recordTransactions(doc, () => seedBlueprint(doc))).toEqual([]);
    expect(Y.encodeStateVector(doc)).toEqual(before);

    // New work in the room: a new idea and more time lost on a new category.
    const fresh = addIdea(doc, { text: 'Blocked afternoons for visits', scope: 'my-team' });
    const b = addBlocker(doc, { text: 'Meetings all day Tuesday', category: 'meetings', scope: 'my-team', minutesPerWeek: 120 });
    updateBlocker(doc, b, { minutesPerWeek: 150 });
    addBlocker(doc, { text: 'Same forms again', category: 'duplicate-data-entry', scope: 'our-service', minutesPerWeek: 30 });
    const report = seedBlueprint(doc);
    expect(report).toMatchObject({ started: false, sectionsAdded: 0, changesAdded: 1, evidenceAdded: 2 });
    const after = blueprint(doc);
    expect(only(after.trackedChanges).map((c) => c.ideaId).sort()).toEqual([local, fresh].sort());
    expect(after.trackedChanges[change.id]).toMatchObject({ title: 'One referral form, filled once', owner: 'Ana' });
    expect(after.evidence[line.id]).toMatchObject({ note: 'Every referral is typed twice.', notes: 2, minutesPerWorker: 120 });
    expect(after.decisions[decision.id]?.insight).toBeNull();
    expect(Object.values(readWorkshop(doc).sections).filter((s) => s.kind === 'vision')).toHaveLength(1);
    expect(only(after.decisions)).toHaveLength(DECISION_SEEDS.length);

    // A change someone removed is not brought back.
    deleteTrackedChange(doc, change.id);
    expect(seedBlueprint(doc).changesAdded).toBe(0);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('a revealed vote fills the tracker, most votes first (sealed dots counted by the vote\'s tally)', () => {
    const w = votingWorkshop({ ideaCount: 3 });
    const [first, second] = w.ideas as [string, string, string];
    const [v1, v2, v3] = w.voters as [string, string, string];
    castVote(w.doc, { roundId: w.roundId, itemId: second, voterId: v1 });
    castVote(w.doc, { roundId: w.roundId, itemId: second, voterId: v2 });
    castVote(w.doc, { roundId: w.roundId, itemId: first, voterId: v3 });
    // Before the reveal, the dots are sealed: nothing can be read from them.
    expect(seedBlueprint(forkDoc(w.doc)).choiceSource).toBe('local-scope');
    closeRound(w.doc, w.roundId);
    revealRound(w.doc, w.roundId, w.secretKey);
    const report = seedBlueprint(w.doc);
    expect(report).toMatchObject({ choiceSource: 'vote', changesAdded: 2 });
    const changes = only(blueprint(w.doc).trackedChanges).sort((a, b) => a.order - b.order);
    expect(changes.map((c) => [c.ideaId, c.title])).toEqual([[second, 'Idea 2'], [first, 'Idea 1']]);
    expect(seedBlueprint(w.doc).changesAdded).toBe(0);
  });

  test('its update passes the schema gate a host and peers apply', () => {
    const { doc } = workshopWithWork();
    const host = new Y.Doc();
    Y.applyUpdate(host, Y.encodeStateAsUpdate(doc));
    const gate = new UpdateGate(host);
    const sv = Y.encodeStateVector(doc);
    seedBlueprint(doc);
    updateImpactInputs(doc, { caseHolders: 12, totalCases: 190 });
    expect(gate.apply(Y.encodeStateAsUpdate(doc, sv))).toEqual({ ok: true });
    expect(blueprint(host)).toEqual(blueprint(doc));
  });
});
