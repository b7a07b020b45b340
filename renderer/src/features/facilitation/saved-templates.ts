// Saved session templates live on the host (GET/PUT /api/templates, see
// electron/host/template-api.ts), so the desktop window and every browser on
// the facilitator's computer share them. When no host answers (a browser on
// another laptop, which the host refuses, or the host is down) this browser's
// localStorage is the fallback. What an older version kept in localStorage
// moves to the host the first time one answers, then leaves localStorage.
import { create } from 'zustand';
import { templateSchema, type SessionTemplate } from '../../../../shared/facilitation/templates';

const KEY = 'small-changes:saved-templates';

export type TemplatesHome = 'host' | 'browser';

interface SavedTemplatesState {
  /** The last list read (host first, else this browser); null before the first read. */
  templates: SessionTemplate[] | null;
  home: TemplatesHome;
  /** Saved templates that could not be read or moved, in words. */
  problems: string[];
}

/** A list once read. */
export type SavedTemplatesRead = SavedTemplatesState & { templates: SessionTemplate[] };

export const useSavedTemplates = create<SavedTemplatesState>(() => ({ templates: null, home: 'browser', problems: [] }));

/** Keeps only entries that still read as templates: a broken one is skipped, never fatal. */
function validOnly(list: unknown): SessionTemplate[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const parsed = templateSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Templates saved in this browser's storage (the fallback, and what older versions saved). */
export function loadSavedTemplates(): SessionTemplate[] {
  try {
    return validOnly(JSON.parse(localStorage.getItem(KEY) ?? '[]'));
  } catch {
    return [];
  }
}

function storeHere(list: readonly SessionTemplate[]): string | null {
  try {
    if (list.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(list));
    return null;
  } catch {
    return 'This browser would not save the template (storage is full or switched off).';
  }
}

/** Saves a template in this browser only; returns an error message or null. */
export function saveTemplateHere(template: SessionTemplate): string | null {
  return storeHere([...loadSavedTemplates().filter((t) => t.id !== template.id), template]);
}

/** The saved templates known right now, without waiting: the last list read, else this browser's. */
export function knownSavedTemplates(): SessionTemplate[] {
  return useSavedTemplates.getState().templates ?? loadSavedTemplates();
}

class HostRefused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function hostCall(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: unknown } | null)?.error;
    throw new HostRefused(response.status, typeof error === 'string' ? error : `The host answered ${response.status}.`);
  }
  return body;
}

const putTemplate = (hostBase: string, template: SessionTemplate) => hostCall(`${hostBase}/api/templates/${encodeURIComponent(template.id)}`, {
  method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(template),
});

/** An id not yet used on the host, for a browser's template whose id the host already gives to a different one. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 60)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Moves this browser's templates to the host, each once: a template the host
 * already holds word for word is simply dropped here; one whose id the host
 * uses for another gets a fresh id. Any that fail stay here for next time.
 */
async function moveToHost(hostBase: string, onHost: readonly SessionTemplate[]): Promise<{ moved: SessionTemplate[]; problems: string[] }> {
  const here = loadSavedTemplates();
  if (here.length === 0) return { moved: [], problems: [] };
  const byId = new Map(onHost.map((t) => [t.id, t]));
  const moved: SessionTemplate[] = [];
  const left: SessionTemplate[] = [];
  const problems: string[] = [];
  for (const template of here) {
    const same = byId.get(template.id);
    if (same && JSON.stringify(same) === JSON.stringify(template)) continue;
    const toSave = same ? { ...template, id: freeId(template.id, new Set(byId.keys())) } : template;
    try {
      await putTemplate(hostBase, toSave);
      byId.set(toSave.id, toSave);
      moved.push(toSave);
    } catch (error) {
      left.push(template);
      problems.push(`The template “${template.title}” stays in this browser: ${(error as Error).message}`);
    }
  }
  storeHere(left);
  return { moved, problems };
}

/**
 * Reads the saved templates: from the host when one answers (moving this
 * browser's to it first), else from this browser. Never throws.
 */
export async function fetchSavedTemplates(hostBase: string | null): Promise<SavedTemplatesRead> {
  if (hostBase) {
    try {
      const body = (await hostCall(`${hostBase}/api/templates`)) as { templates?: unknown; skipped?: unknown } | null;
      const onHost = validOnly(body?.templates);
      const skipped = Array.isArray(body?.skipped) ? body.skipped.filter((s): s is string => typeof s === 'string') : [];
      const { moved, problems } = await moveToHost(hostBase, onHost);
      const leftHere = loadSavedTemplates();
      const templates = [...onHost, ...moved, ...leftHere].sort((a, b) => a.title.localeCompare(b.title));
      const state: SavedTemplatesRead = { templates, home: 'host', problems: [...skipped, ...problems] };
      useSavedTemplates.setState(state);
      return state;
    } catch {
      // No host answers here (another laptop, or the host is down): this browser's own list.
    }
  }
  const state: SavedTemplatesRead = { templates: loadSavedTemplates(), home: 'browser', problems: [] };
  useSavedTemplates.setState(state);
  return state;
}

export interface SaveResult {
  /** Why it was not saved anywhere, or null. */
  readonly error: string | null;
  /** Where it was saved; with `note` when the host could not take it and this browser did. */
  readonly home: TemplatesHome | null;
  readonly note?: string;
}

/**
 * Saves a template on the host, or in this browser when no host will take it.
 * A template the host finds invalid is not saved anywhere: the reason is returned.
 */
export async function saveTemplate(template: SessionTemplate, hostBase: string | null): Promise<SaveResult> {
  let note: string | undefined;
  if (hostBase) {
    try {
      await putTemplate(hostBase, template);
      const known = knownSavedTemplates().filter((t) => t.id !== template.id);
      useSavedTemplates.setState({ templates: [...known, template].sort((a, b) => a.title.localeCompare(b.title)), home: 'host' });
      return { error: null, home: 'host' };
    } catch (error) {
      if (error instanceof HostRefused && [400, 413, 415].includes(error.status)) return { error: error.message, home: null };
      // The host is unreachable, refuses this computer, or its disk is full: keep it here rather than lose it.
      note = error instanceof HostRefused ? error.message : undefined;
    }
  }
  const error = saveTemplateHere(template);
  if (error) return { error: note ? `${note} ${error}` : error, home: null };
  const known = knownSavedTemplates().filter((t) => t.id !== template.id);
  useSavedTemplates.setState({ templates: [...known, template].sort((a, b) => a.title.localeCompare(b.title)) });
  return note ? { error: null, home: 'browser', note } : { error: null, home: 'browser' };
}
