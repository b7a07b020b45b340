import { useSyncExternalStore } from 'react';
import { PrivateNotes, type PrivateNote } from '../../../../../shared/board/private-notes';

/** Storage that is always there: localStorage, or (private browsing without it) memory for this page. */
function storage() {
  try {
    const probe = '__small-changes-probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    };
  }
}

interface Entry {
  readonly notes: PrivateNotes;
  readonly listeners: Set<() => void>;
}

const entries = new Map<string, Entry>();

function entry(workshopId: string): Entry {
  let found = entries.get(workshopId);
  if (!found) {
    found = { notes: new PrivateNotes(storage(), workshopId), listeners: new Set() };
    entries.set(workshopId, found);
  }
  return found;
}

/** This laptop's private notes for a workshop; every change is saved before it returns. */
export function privateNotesFor(workshopId: string): PrivateNotes {
  return entry(workshopId).notes;
}

/** Runs a change on a workshop's private notes and tells every view. */
export function changePrivateNotes<T>(workshopId: string, change: (notes: PrivateNotes) => T): T {
  const { notes, listeners } = entry(workshopId);
  try {
    return change(notes);
  } finally {
    for (const listener of listeners) listener();
  }
}

const NONE: readonly PrivateNote[] = [];

/** The private notes of a workshop, kept current. */
export function usePrivateNotes(workshopId: string | null): readonly PrivateNote[] {
  return useSyncExternalStore(
    (listener) => {
      if (!workshopId) return () => {};
      const { listeners } = entry(workshopId);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (workshopId ? entry(workshopId).notes.list() : NONE),
  );
}
