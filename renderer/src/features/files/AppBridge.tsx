import { useEffect } from 'react';
import { ok } from '../../../../shared/ipc/envelope';
import { appActions, showOpened } from '../../actions/file-actions';
import { navigate, parseRoute, workshopHref } from '../../app/route';
import { studioClient } from '../../ipc/client';
import { AboutDialog } from '../settings/AboutDialog';
import { dismissNotice, openDialog, showNotice, useFileStatus } from './file-status';
import { RetentionDialog } from './RetentionDialog';
import { useBrowserFileKeys } from './use-browser-file-keys';
import { useFileDrop } from './use-file-drop';
import './files.css';

/**
 * Where the app as a whole meets the desktop shell: menu actions, files the
 * OS opened, messages from main, the workshop to reopen after a restart or a
 * crash, dropped files, and the notices and dialogs these lead to.
 */
export function AppBridge() {
  const notice = useFileStatus((state) => state.notice);
  const dialog = useFileStatus((state) => state.dialog);
  const dragging = useFileDrop();
  useBrowserFileKeys();

  useEffect(() => {
    const client = studioClient();
    const unsubscribe = [
      client.onMenuAction(({ action }) => void appActions[action].perform()),
      client.onFileOpened((opened) => showOpened(ok(opened))),
      client.onAppNotice(({ message }) => showNotice('error', message)),
    ];
    // Asked once listening: main holds its messages until this call.
    void client.workshopResume().then((reply) => {
      if (reply.ok && reply.data.workshopId && parseRoute(location.hash).name === 'home') {
        navigate(workshopHref(reply.data.workshopId));
      }
    });
    return () => unsubscribe.forEach((off) => off());
  }, []);

  return (
    <>
      {notice && (
        <div className={`app-notice app-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          <button type="button" className="link-button" onClick={dismissNotice}>
            Dismiss<span className="visually-hidden"> this message</span>
          </button>
        </div>
      )}
      {dragging && <div className="drop-hint" aria-hidden="true">Drop a .smallchanges file to open it</div>}
      {dialog === 'about' && <AboutDialog onClose={() => openDialog(null)} />}
      <RetentionDialog />
    </>
  );
}
