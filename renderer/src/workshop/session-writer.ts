import type * as Y from 'yjs';
import { AnonymousWriter } from '../../../shared/doc/anonymous-writer';
import { metaMap } from '../../../shared/doc/schema';
import { undoRoots, type UndoHistory } from '../../../shared/doc/undo-history';

export interface SessionWriter {
  /** Runs ops on the workshop: straight on the doc, or through a throwaway identity when it is anonymous. */
  write<T>(fn: (doc: Y.Doc) => T): T;
  destroy(): void;
}

/**
 * Decides, per write, whether the laptop's own identity may show. In an
 * anonymous workshop every write (and its undo) goes through an
 * AnonymousWriter, so no note, edit or undo step carries this laptop's
 * clientID, the one presence shows next to a name. The writer joins the
 * session's undo history. Making it copies the document (~0.4 s at 5,000
 * notes), so it is made ahead, soon after the workshop is (or becomes) anonymous.
 */
export function sessionWriter(doc: Y.Doc, undo: UndoHistory, avoid?: () => Iterable<number>): SessionWriter {
  let anonymous: AnonymousWriter | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const isAnonymous = () => metaMap(doc).get('anonymous') === true;

  function writer(): AnonymousWriter {
    if (!anonymous) {
      const made = new AnonymousWriter(doc, { undoScope: undoRoots, avoid });
      undo.add(made.undo, { undo: () => made.undoStep(), redo: () => made.redoStep() });
      anonymous = made;
    }
    return anonymous;
  }

  function prepareSoon(): void {
    if (anonymous || timer || !isAnonymous()) return;
    timer = setTimeout(() => {
      timer = null;
      if (isAnonymous()) writer();
    }, 0);
  }

  const meta = metaMap(doc);
  meta.observe(prepareSoon);
  prepareSoon();

  return {
    write<T>(fn: (doc: Y.Doc) => T): T {
      return isAnonymous() ? writer().write(fn) : fn(doc);
    },
    destroy() {
      meta.unobserve(prepareSoon);
      if (timer) clearTimeout(timer);
      anonymous?.destroy();
      anonymous = null;
    },
  };
}
