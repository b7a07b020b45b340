import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../../shared/doc/origin';
import { blockersMap, ideasMap, metaMap, sectionsMap, themesMap } from '../../../shared/doc/schema';
import { addParticipant, createWorkshop } from '../../../shared/doc/ops';
import { rememberMe } from './identity';
import { HostSync } from '../sync/host-sync';
import { keepLocalCopy } from '../sync/local-copy';
import { mirrorDoc } from '../store/mirror';
import { initialWorkshopState, useWorkshopStore } from '../store/workshop-store';

/** One open workshop in this window: its document, its links and its undo history. */
export interface WorkshopSession {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly undo: Y.UndoManager;
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
  create?: { title: string; localAuthority: string; facilitatorName: string };
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
    const { facilitatorName, ...details } = options.create;
    createWorkshop(doc, details);
    rememberMe(id, addParticipant(doc, { displayName: facilitatorName, role: 'facilitator' }));
  }

  // Only this person's own edits can be undone: the undo manager tracks the
  // local origin, never a colleague's changes arriving from the room.
  const undo = new Y.UndoManager(
    [metaMap(doc), blockersMap(doc), themesMap(doc), ideasMap(doc), sectionsMap(doc)],
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 },
  );
  const stopMirror = mirrorDoc(doc, (snapshot) => store.setState({ snapshot }));
  const sync = options.syncBase
    ? new HostSync(doc, {
        baseUrl: options.syncBase,
        workshopId: id,
        onStatus: (status, detail) =>
          store.setState((state) => ({
            sync: {
              status,
              detail,
              lastSyncedAt: status === 'synced' ? Date.now() : state.sync.lastSyncedAt,
            },
          })),
      })
    : null;

  let closed = false;
  const session: WorkshopSession = {
    id,
    doc,
    undo,
    async close() {
      if (closed) return;
      closed = true;
      sync?.destroy();
      stopMirror();
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
