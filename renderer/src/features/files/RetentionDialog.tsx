import { useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../../../shared/ipc/contract';
import { isDesktopApp, studioClient } from '../../ipc/client';
import { announce } from '../../store/workshop-store';
import { noteWorkshopsChanged } from './file-status';
import { removeLocalCopy } from './local-workshop-copy';
import { ModalDialog } from './ModalDialog';

// Once per start of the desktop app: workshops nobody has changed for the
// retention period are offered for deletion, each with Delete or Keep.

let offeredThisRun = false;

type Row = WorkshopSummary & { error?: string; busy?: boolean };

const when = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function RetentionDialog() {
  const [offer, setOffer] = useState<{ days: number; rows: Row[] } | null>(null);

  useEffect(() => {
    if (offeredThisRun || !isDesktopApp()) return;
    offeredThisRun = true;
    void studioClient()
      .retentionList()
      .then((reply) => {
        if (reply.ok && reply.data.workshops.length > 0) setOffer({ days: reply.data.days, rows: reply.data.workshops });
      });
  }, []);

  if (offer === null || offer.rows.length === 0) return null;
  const close = () => setOffer(null);
  const update = (ids: readonly string[], change: (row: Row) => Row | null) =>
    setOffer((current) =>
      current && { ...current, rows: current.rows.flatMap((row) => (ids.includes(row.id) ? (change(row) ?? []) : [row])) },
    );

  async function remove(ids: string[]) {
    update(ids, (row) => ({ ...row, busy: true, error: undefined }));
    const reply = await studioClient().retentionDelete(ids);
    if (!reply.ok) {
      update(ids, (row) => ({ ...row, busy: false, error: reply.error }));
      return;
    }
    await Promise.all(reply.data.deleted.map((id) => removeLocalCopy(id).catch(() => undefined)));
    update(reply.data.deleted, () => null);
    for (const { id, error } of reply.data.failed) update([id], (row) => ({ ...row, busy: false, error }));
    if (reply.data.deleted.length > 0) {
      noteWorkshopsChanged();
      announce(`Deleted ${reply.data.deleted.length} workshop${reply.data.deleted.length === 1 ? '' : 's'}.`);
    }
  }

  async function keep(ids: string[]) {
    const reply = await studioClient().retentionKeep(ids);
    if (!reply.ok) update(ids, (row) => ({ ...row, error: reply.error }));
    else {
      update(ids, () => null);
      announce(ids.length === 1 ? 'Kept.' : `Kept ${ids.length} workshops.`);
    }
  }

  const allIds = offer.rows.map((row) => row.id);
  return (
    <ModalDialog titleId="retention-title" onClose={close}>
      <h2 id="retention-title">Old workshops on this computer</h2>
      <p>
        These workshops have not changed for more than {offer.days} days. Delete the ones you no longer need: a workshop you
        delete here is gone from this computer (any saved .smallchanges files are not touched).
      </p>
      <ul className="retention-list">
        {offer.rows.map((row) => (
          <li key={row.id}>
            <div>
              <strong>{row.title || 'Untitled workshop'}</strong>
              <span className="hint">
                {row.localAuthority}
                {row.localAuthority && ' · '}last changed {when(row.updatedAt)}
              </span>
              {row.error && <span className="error-message">{row.error}</span>}
            </div>
            <div className="row-actions">
              <button type="button" className="button button-warning button-small" disabled={row.busy}
                aria-label={`Delete ${row.title || 'Untitled workshop'}`} onClick={() => void remove([row.id])}>
                Delete
              </button>
              <button type="button" className="button button-secondary button-small" disabled={row.busy}
                aria-label={`Keep ${row.title || 'Untitled workshop'}`} onClick={() => void keep([row.id])}>
                Keep
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        {offer.rows.length > 1 && (
          <>
            <button type="button" className="button button-warning" onClick={() => void remove(allIds)}>Delete all</button>
            <button type="button" className="button button-secondary" onClick={() => void keep(allIds)}>Keep all</button>
          </>
        )}
        <button type="button" className="button button-secondary" onClick={close}>Decide later</button>
      </div>
    </ModalDialog>
  );
}
