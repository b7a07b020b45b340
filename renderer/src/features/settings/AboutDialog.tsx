import { useEffect, useState } from 'react';
import type { AppVersion } from '../../../../shared/ipc/contract';
import { appVersion } from '../../ipc/client';
import { ModalDialog } from '../files/ModalDialog';
import './settings.css';

/** About Small Changes Studio: the version (from app:version) and what runs it. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [version, setVersion] = useState<AppVersion | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void appVersion().then((v) => live && setVersion(v));
    return () => {
      live = false;
    };
  }, []);
  return (
    <ModalDialog titleId="about-title" onClose={onClose}>
      <h2 id="about-title">About Small Changes Studio</h2>
      {version === undefined && <p>Loading…</p>}
      {version === null && <p>The version could not be read.</p>}
      {version && (
        <dl className="about-versions">
          <dt>Version</dt>
          <dd data-testid="about-version">{version.version}</dd>
          {version.electron && (
            <>
              <dt>Electron</dt>
              <dd>{version.electron}</dd>
            </>
          )}
          {version.chrome && (
            <>
              <dt>Chromium</dt>
              <dd>{version.chrome}</dd>
            </>
          )}
          {version.node && (
            <>
              <dt>Node.js</dt>
              <dd>{version.node}</dd>
            </>
          )}
        </dl>
      )}
      <p className="hint">Co-design workshops for children’s social care. Workshops stay on the laptops in the room: there is no cloud.</p>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
