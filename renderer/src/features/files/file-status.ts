import { create } from 'zustand';
import { announce } from '../../store/workshop-store';

// What the file features tell the person: a notice (an error from opening or
// saving, or something main reports), when each workshop was last saved, and
// which app dialog is open. UI state only; never part of a workshop.

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export interface SavedTo {
  readonly fileName: string;
  readonly at: number;
}

interface FileStatus {
  notice: Notice | null;
  saved: Readonly<Record<string, SavedTo>>;
  dialog: 'about' | null;
  /** Bumped when workshops on this computer were deleted or added, so lists refresh. */
  workshopsChanged: number;
}

export const useFileStatus = create<FileStatus>(() => ({ notice: null, saved: {}, dialog: null, workshopsChanged: 0 }));

export function noteWorkshopsChanged(): void {
  useFileStatus.setState((state) => ({ workshopsChanged: state.workshopsChanged + 1 }));
}

/** Shows a notice at the top of the page and reads it out. */
export function showNotice(kind: Notice['kind'], text: string): void {
  useFileStatus.setState({ notice: { kind, text } });
  announce(text);
}

export function dismissNotice(): void {
  useFileStatus.setState({ notice: null });
}

export function markSaved(workshopId: string, saved: SavedTo): void {
  useFileStatus.setState((state) => ({ saved: { ...state.saved, [workshopId]: saved }, notice: null }));
  announce(`Saved to ${saved.fileName}.`);
}

export function openDialog(dialog: FileStatus['dialog']): void {
  useFileStatus.setState({ dialog });
}
