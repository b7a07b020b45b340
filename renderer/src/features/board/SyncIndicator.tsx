import { useWorkshopStore } from '../../store/workshop-store';

const LABELS = {
  connecting: 'Connecting to the host…',
  synced: 'Saved on the host',
  offline: 'Offline: your changes are kept on this laptop',
} as const;

/** Text, not only colour, says whether the host has our changes. */
export function SyncIndicator() {
  const sync = useWorkshopStore((state) => state.sync);
  // Formatted only when shown: toLocaleTimeString builds a formatter each call,
  // and this renders with every change to the board (bench:room-browsers).
  const since = sync.status === 'offline' && sync.lastSyncedAt
    ? ` (last synced ${new Date(sync.lastSyncedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })})`
    : '';
  // The host has the changes but cannot write them to its disk: say so, not "Saved".
  if (sync.status === 'synced' && sync.saveProblem) {
    return (
      <p className="sync-indicator sync-save-problem" data-status="save-problem" role="alert">
        <span aria-hidden="true" className="sync-dot" />
        {sync.saveProblem}
      </p>
    );
  }
  return (
    <p className={`sync-indicator sync-${sync.status}`} data-status={sync.status}>
      <span aria-hidden="true" className="sync-dot" />
      {LABELS[sync.status]}
      {sync.status === 'offline' ? since : ''}
    </p>
  );
}
