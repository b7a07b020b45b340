// Who may do what, now: the participant's role, the running phase and the
// board lock, in one pure function, with the reason in plain English when the
// answer is no. The UI asks can() before offering an action; the facilitation
// ops ask it again with the acting participant (see docs/roles-and-trust.md
// for what that does and does not protect against).
import type { Participant } from '../doc/types.js';
import type { RoleId } from '../doc/seeded-lists.js';
import { currentLabel, currentStep, openPermissions, type FacilitationView } from './agenda.js';
import { stageRule, type PhasePermission } from './stages.js';

export const ACTIONS = [
  'addNote', 'editNote', 'addIdea', 'editIdea', 'editThemes', 'vote', 'answerSurvey', 'export', 'facilitate', 'assignRoles',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What an action is done to, when that matters (a note's or an idea's author for "edit their own"). */
export interface ActionTarget {
  readonly authorId?: string | null;
}

/**
 * The board-writing actions and the phase permission each needs (see
 * docs/roles-and-trust.md, "What each phase opens"):
 * - addNote, addIdea: 'add';
 * - editNote, editIdea: 'editAll', or 'editOwn' for one's own (grouping notes
 *   into a theme, marking them the same or moving them is changing those notes);
 * - editThemes (rename, merge, ungroup a theme; the board's categories): 'editAll',
 *   because a theme or a category belongs to the whole room;
 * - vote: 'vote'.
 */
type BoardAction = 'addNote' | 'editNote' | 'addIdea' | 'editIdea' | 'editThemes' | 'vote';

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface Permissions {
  readonly role: RoleId | null;
  /** Facilitator or co-facilitator: may run the session and do everything. */
  readonly facilitates: boolean;
  readonly locked: boolean;
  /** What this participant may do on the board now (empty while locked or read-only). */
  readonly open: ReadonlySet<PhasePermission>;
  readonly phaseLabel: string;
}

const FACILITATING: ReadonlySet<RoleId> = new Set(['facilitator', 'co-facilitator']);
/** Roles whose board rights follow the phase; leaders and observers only read. */
const CONTRIBUTING: ReadonlySet<RoleId> = new Set(['practitioner']);

export function isFacilitating(role: RoleId | null | undefined): boolean {
  return role != null && FACILITATING.has(role);
}

export function permissions(view: FacilitationView, participant: Participant | null): Permissions {
  const role = participant?.role ?? null;
  const facilitates = isFacilitating(role);
  const locked = view.meta.boardLocked;
  let open: ReadonlySet<PhasePermission>;
  if (facilitates) open = new Set<PhasePermission>(['add', 'editOwn', 'editAll', 'vote']);
  else if (role === null || !CONTRIBUTING.has(role) || locked) open = new Set();
  else open = openPermissions(view);
  return { role, facilitates, locked, open, phaseLabel: currentLabel(view) };
}

const OK: Verdict = Object.freeze({ ok: true });
const no = (reason: string): Verdict => ({ ok: false, reason });

const ACTION_WORDS: Readonly<Record<BoardAction, string>> = {
  addNote: 'Adding notes',
  editNote: 'Changing notes',
  addIdea: 'Adding ideas',
  editIdea: 'Changing ideas',
  editThemes: 'Changing themes and categories',
  vote: 'Voting',
};

/** What "your own" means in the "only your own" refusal. */
const OWN_WORDS: Readonly<Record<'editNote' | 'editIdea', string>> = { editNote: 'notes', editIdea: 'ideas' };

function phaseClosed(view: FacilitationView, action: BoardAction): Verdict {
  const step = currentStep(view);
  const doing = stageRule(step?.stage ?? view.meta.phase).doing;
  return no(`${ACTION_WORDS[action]} is closed in this phase: ${doing}.`);
}

/** May this participant do this now? If not, the reason to show them. */
/**
 * A laptop that has not given a name may still put notes on the board (as it
 * could before roles existed), under the same phase rules as a practitioner;
 * everything else needs a name in the room.
 */
const UNNAMED: Participant = Object.freeze({ id: '', displayName: '', role: 'practitioner', createdAt: 0 });
const UNNAMED_MAY: ReadonlySet<Action> = new Set<Action>(['addNote', 'editNote', 'addIdea', 'editIdea', 'editThemes']);

export function can(action: Action, view: FacilitationView, participant: Participant | null, target: ActionTarget = {}): Verdict {
  if (!participant) {
    if (!UNNAMED_MAY.has(action)) return no('Join the workshop first: add your name so the room knows who you are.');
    return can(action, view, UNNAMED, target);
  }
  const p = permissions(view, participant);
  if (p.facilitates) {
    if (action === 'assignRoles' && p.role !== 'facilitator') return no('Only the facilitator can change roles or hand over facilitation.');
    return OK;
  }
  switch (action) {
    case 'facilitate':
      return no('Only a facilitator or co-facilitator can run the session.');
    case 'assignRoles':
      return no('Only the facilitator can change roles or hand over facilitation.');
    case 'export':
      return p.role === 'leader' ? OK : no('Exports are made by the facilitator or a leader.');
    case 'answerSurvey':
      if (p.role === 'observer') return no('Observers do not answer the temperature check.');
      return OK;
    case 'addNote':
    case 'editNote':
    case 'addIdea':
    case 'editIdea':
    case 'editThemes':
    case 'vote': {
      if (p.role === 'observer') return no('Observers watch and read; they do not change the board.');
      if (p.role === 'leader') return no('Leaders read and export; the board is for practitioners to fill.');
      if (p.locked) return no('The facilitator has locked the board for now.');
      if (action === 'addNote' || action === 'addIdea') return p.open.has('add') ? OK : phaseClosed(view, action);
      if (action === 'vote') return p.open.has('vote') ? OK : phaseClosed(view, action);
      if (p.open.has('editAll')) return OK;
      if (action === 'editThemes') {
        return p.open.has('editOwn') ? no('In this phase only the facilitator can rename, merge or ungroup themes and change categories.') : phaseClosed(view, action);
      }
      if (p.open.has('editOwn')) {
        return participant.id !== '' && target.authorId === participant.id ? OK : no(`In this phase you can change only your own ${OWN_WORDS[action]}.`);
      }
      return phaseClosed(view, action);
    }
  }
}
