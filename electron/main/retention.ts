import type { WorkshopSummary } from '../../shared/ipc/contract';
import type { HostStore } from '../host/store/host-store';
import type { Settings } from './settings';

// Workshops are kept on this computer only as long as they are needed: one
// not changed for the retention period (90 days unless set otherwise) is
// offered for deletion. "Keep" puts it off for another period.

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionDeps {
  readonly store: () => Promise<HostStore>;
  readonly settings: Settings;
  /** The workshop the window shows: never offered, never deleted. */
  readonly activeWorkshop: () => string | null;
  readonly now?: () => number;
}

export async function staleWorkshops(deps: RetentionDeps): Promise<{ days: number; workshops: WorkshopSummary[] }> {
  const days = deps.settings.preferences.retentionDays;
  const cutoff = (deps.now?.() ?? Date.now()) - days * DAY_MS;
  const store = await deps.store();
  const active = deps.activeWorkshop();
  const workshops = (await store.listWorkshops())
    .filter((w) => w.problem === undefined && w.id !== active && !store.isOpen(w.id))
    .filter((w) => w.updatedAt < cutoff && (deps.settings.keptAt(w.id) ?? 0) < cutoff)
    .map(({ id, title, localAuthority, updatedAt }) => ({ id, title, localAuthority, updatedAt }))
    .sort((a, b) => a.updatedAt - b.updatedAt);
  return { days, workshops };
}

export async function deleteWorkshops(
  deps: RetentionDeps,
  ids: readonly string[],
): Promise<{ deleted: string[]; failed: { id: string; error: string }[] }> {
  const store = await deps.store();
  const deleted: string[] = [];
  const failed: { id: string; error: string }[] = [];
  for (const id of ids) {
    if (id === deps.activeWorkshop()) {
      failed.push({ id, error: 'This workshop is open in the window, so it was not deleted.' });
      continue;
    }
    try {
      await store.deleteWorkshop(id);
      deleted.push(id);
    } catch (error) {
      failed.push({ id, error: (error as Error).message });
    }
  }
  if (deleted.length > 0) await deps.settings.forget(deleted).catch(() => undefined);
  return { deleted, failed };
}

export function keepWorkshops(deps: RetentionDeps, ids: readonly string[]): Promise<void> {
  return deps.settings.keep(ids, deps.now?.() ?? Date.now());
}
