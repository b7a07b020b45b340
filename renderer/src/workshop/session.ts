import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { LOCAL_ORIGIN } from '../../../shared/doc/origin';
import { metaMap } from '../../../shared/doc/schema';
import { UndoHistory, undoRoots } from '../../../shared/doc/undo-history';
import { addParticipant, createWorkshop } from '../../../shared/doc/ops';
import { rememberMe } from './identity';
import { applyTemplate } from '../../../shared/facilitation/template-ops';
import type { SessionTemplate } from '../../../shared/facilitation/templates';
import { startNextSession, type CarryForward } from '../features/facilitation/next-session';
import { HostSync } from '../sync/host-sync';
import { keepLocalCopy } from '../sync/local-copy';
import { mirrorDoc } from '../store/mirror';
import { initialWorkshopState, useWorkshopStore } from '../store/workshop-store';
import { sessionWriter } from './session-writer';

/** One open workshop in this window: its document, its links and its undo history. */
export interface WorkshopSession {
  readonly id: string;
  readonly doc: Y.Doc;
  /** This person's own steps only (Y.UndoManagers tracking the local origin, anonymous ones included). */
  readonly undo: UndoHistory;
  /**
   * Runs ops on the workshop. Actions write through this, not on `doc`: in an
   * anonymous workshop it hides which laptop made the change (session-writer.ts).
   */
  write<T>(fn: (doc: Y.Doc) => T): T;
  /**
   * Presence (who is here, hands up, where each cursor is in the blueprint's
   * prose): shared live, never saved. The one awareness of this workshop: the
   * host link and the room (RoomLink) both carry it, each sending only this
   * laptop's own state; everyone writing to it merges into the local state.
   */
  readonly awareness: Awareness;
  close(): Promise<void>;
}

let current: WorkshopSession | null = null;

export function currentSession(): WorkshopSession | null {
  return current;
}

export interface OpenOptions {
  /** ws:// base of the host, or null when there is no host to sync with. */
  syncBase: string | null;
  /** Set when this window creates the workshop; its creator is its facilitator. */
  create?: { title: string; localAuthority: string; facilitatorName: string; template?: SessionTemplate; carryForward?: CarryForward };
}

// Opening and closing run one at a time, so a quick re-open (React's strict
// mode does one on purpose) never lets an old session reset the new one's state.
let queue: Promise<unknown> = Promise.resolve();

export function openSession(id: string, options: OpenOptions): Promise<WorkshopSession> {
  const opening = queue.then(() => open(id, options));
  queue = opening.catch(() => undefined);
  return opening;
}

async function open(id: string, options: OpenOptions): Promise<WorkshopSession> {
  await current?.close();
  const doc = new Y.Doc();
  const store = useWorkshopStore;
  store.setState({ ...initialWorkshopState, workshopId: id });

  const closeLocal = await keepLocalCopy(id, doc);
  // A copy already on this laptop, or the host's, must never be re-created.
  if (options.create && !metaMap(doc).get('title')) {
    const { facilitatorName, template, carryForward, ...details } = options.create;
    createWorkshop(doc, details);
    rememberMe(id, addParticipant(doc, { displayName: facilitatorName, role: 'facilitator' }));
    if (template) applyTemplate(doc, template);
    if (carryForward) startNextSession(doc, carryForward);
  }

  // Only this person's own edits can be undone: the undo manager tracks the
  // local origin, never a colleague's changes arriving from the room.
  const undo = new UndoHistory();
  undo.add(new Y.UndoManager(undoRoots(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 }));
  const writer = sessionWriter(doc, undo);
  const stopMirror = mirrorDoc(doc, (snapshot) => store.setState({ snapshot }));
  const awareness = new Awareness(doc);
  const sync = options.syncBase
    ? new HostSync(doc, {
        awareness,
        baseUrl: options.syncBase,
        workshopId: id,
        onStatus: (status, detail) =>
          store.setState((state) => ({
            sync: {
              status,
              detail,
              lastSyncedAt: status === 'synced' ? Date.now() : state.sync.lastSyncedAt,
              // The host says again on connect if saving still fails.
              saveProblem: status === 'connecting' ? null : state.sync.saveProblem ?? null,
            },
          })),
        onSaveProblem: (saveProblem) => store.setState((state) => ({ sync: { ...state.sync, saveProblem } })),
      })
    : null;

  let closed = false;
  const session: WorkshopSession = {
    id,
    doc,
    undo,
    write: (fn) => writer.write(fn),
    awareness,
    async close() {
      if (closed) return;
      closed = true;
      sync?.destroy();
      awareness.destroy();
      stopMirror();
      writer.destroy();
      undo.destroy();
      await closeLocal();
      doc.destroy();
      if (current === session) {
        current = null;
        store.setState(initialWorkshopState);
      }
    },
  };
  current = session;
  return session;
}
