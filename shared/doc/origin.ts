/**
 * The transaction origin of every local op. Y.UndoManager tracks only this
 * origin, so undo never reverts a colleague's change.
 */
export const LOCAL_ORIGIN: unique symbol = Symbol('small-changes-local');
export type LocalOrigin = typeof LOCAL_ORIGIN;

/** Origin of schema migrations run while restoring a document. */
export const MIGRATION_ORIGIN: unique symbol = Symbol('small-changes-migration');
