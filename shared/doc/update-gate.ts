// UpdateGate: admits a peer's update into the workshop only if the records it
// touches still fit the schema. A shadow Y.Doc is kept equal to the target;
// each update is applied to the shadow first, the records its events touched
// are validated, and only then is the same update applied to the target. Cost
// is proportional to the update, not the document.
import * as Y from 'yjs';
import { RECORD_KINDS, defineRoots, metaMap, recordsOf, type RecordKind } from './schema.js';
import { unknownRoots, validateMeta, validateRecord } from './validate.js';

export type GateResult = { ok: true } | { ok: false; error: string };

const SHADOW_ORIGIN = Symbol('update-gate-shadow');
const MAX_REPORTED = 5;
const UNREADABLE = 'The change could not be read: it is damaged or is not a workshop change.';

export function summariseProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_REPORTED).join(' ');
  const more = problems.length - MAX_REPORTED;
  return more > 0 ? `${shown} (and ${more} more problem${more === 1 ? '' : 's'})` : shown;
}

export class UpdateGate {
  private shadow!: Y.Doc;
  private touchedMeta = false;
  private foreignContent = false;
  private readonly touched = new Map<RecordKind, Set<string>>();
  private applyingToTarget = false;
  private readonly mirror = (update: Uint8Array): void => this.mirrorLocal(update);

  constructor(readonly target: Y.Doc) {
    this.rebuildShadow();
    target.on('update', this.mirror);
  }

  /** Stops following the target. */
  destroy(): void {
    this.target.off('update', this.mirror);
    this.shadow.destroy();
  }

  /** Validates then merges one update. Never throws. */
  apply(update: Uint8Array, origin: unknown = this): GateResult {
    try {
      if (!(update instanceof Uint8Array) || update.length === 0) return { ok: false, error: 'The change was empty.' };
      // Decode first: garbage is refused without touching the shadow, so it
      // costs no rebuild (a rebuild of a 5,000-blocker shadow takes ~0.3 s).
      try {
        Y.decodeUpdate(update);
      } catch {
        return { ok: false, error: UNREADABLE };
      }
      const pendingBefore = this.shadow.store.pendingStructs;
      this.resetTouched();
      try {
        Y.applyUpdate(this.shadow, update, SHADOW_ORIGIN);
      } catch {
        this.rebuildShadow();
        return { ok: false, error: UNREADABLE };
      }
      const problems = this.problems();
      if (problems.length > 0) {
        // If the update released changes that were waiting in the target for a
        // missing piece, those waiting changes are part of the problem: drop them
        // from the target too, or every later update would release them again.
        const released = pendingBefore !== null && this.shadow.store.pendingStructs !== pendingBefore;
        if (released) this.dropTargetPending();
        this.rebuildShadow();
        return { ok: false, error: `The change was refused because it would break the workshop: ${summariseProblems(problems)}` };
      }
      this.applyingToTarget = true;
      try {
        Y.applyUpdate(this.target, update, origin);
      } finally {
        this.applyingToTarget = false;
      }
      return { ok: true };
    } catch (error) {
      try {
        this.rebuildShadow();
      } catch {
        // The target itself is unreadable; the error below says the change failed.
      }
      return { ok: false, error: `The change could not be applied: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private problems(): string[] {
    const problems: string[] = [];
    if (this.touchedMeta) {
      if (metaMap(this.shadow).size > 0) problems.push(...validateMeta(this.shadow));
      else problems.push('It removes the workshop details.');
    }
    for (const [kind, ids] of this.touched) {
      const root = recordsOf(this.shadow, kind);
      for (const id of ids) {
        const value = root.get(id);
        if (value !== undefined) problems.push(...validateRecord(kind, id, value));
      }
    }
    if (this.foreignContent) problems.push('It adds list content where only records belong.');
    for (const name of unknownRoots(this.shadow)) problems.push(`It adds an unknown part "${name.slice(0, 40)}".`);
    return problems;
  }

  private resetTouched(): void {
    this.touchedMeta = false;
    this.foreignContent = false;
    this.touched.clear();
  }

  private touch(kind: RecordKind, id: string): void {
    let ids = this.touched.get(kind);
    if (!ids) this.touched.set(kind, (ids = new Set()));
    ids.add(id);
  }

  /** A fresh shadow equal to the target (pending changes included), observed. */
  private rebuildShadow(): void {
    this.shadow?.destroy();
    const shadow = new Y.Doc({ gc: this.target.gc });
    // Define every root as a Y.Map first, so no update can make one another type.
    defineRoots(shadow);
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.target), SHADOW_ORIGIN);
    metaMap(shadow).observeDeep((events) => {
      this.touchedMeta = true;
      for (const event of events) if (event instanceof Y.YMapEvent && (event.keysChanged as Set<string | null>).has(null)) this.foreignContent = true;
    });
    for (const kind of RECORD_KINDS) {
      const root = recordsOf(shadow, kind);
      root.observeDeep((events) => {
        for (const event of events) {
          if (event instanceof Y.YMapEvent && event.target === root) {
            // A key of null means list content slipped into a map: never valid.
            for (const key of event.keysChanged as Set<string | null>) {
              if (typeof key === 'string') this.touch(kind, key);
              else this.foreignContent = true;
            }
          } else {
            const first = event.path[0];
            if (typeof first === 'string') this.touch(kind, first);
          }
        }
      });
    }
    this.shadow = shadow;
    this.resetTouched();
  }

  /**
   * Copies the target's own changes (local ops, or updates applied around the
   * gate) into the shadow. Pending structs are set aside meanwhile: the target
   * only retries them when an update is applied to it, so the shadow must not
   * retry them earlier either.
   */
  private mirrorLocal(update: Uint8Array): void {
    if (this.applyingToTarget) return;
    const store = this.shadow.store;
    const { pendingStructs, pendingDs } = store;
    store.pendingStructs = null;
    store.pendingDs = null;
    try {
      Y.applyUpdate(this.shadow, update, SHADOW_ORIGIN);
      store.pendingStructs = pendingStructs;
      store.pendingDs = pendingDs;
    } catch {
      this.rebuildShadow();
    }
    this.resetTouched();
  }

  private dropTargetPending(): void {
    this.target.store.pendingStructs = null;
    this.target.store.pendingDs = null;
  }
}
