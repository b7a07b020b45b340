import { useEffect } from 'react';
import { saveFileAction, saveFileAsAction } from '../../actions/file-actions';
import { isDesktopApp, studioClient } from '../../ipc/client';
import { useFileStatus } from './file-status';
import './files.css';

/**
 * Save buttons for the open workshop, and when it was last saved. While it
 * is shown it tells the desktop app which workshop the window holds, so the
 * menu's Save knows what to save and a restart reopens it.
 */
export function WorkshopFileBar({ workshopId }: { workshopId: string }) {
  const saved = useFileStatus((state) => state.saved[workshopId]);
  const desktop = isDesktopApp();

  useEffect(() => {
    void studioClient().workshopActive(workshopId);
    return () => void studioClient().workshopActive(null);
  }, [workshopId]);

  return (
    <div className="file-bar" role="group" aria-label="Workshop file">
      <button type="button" className="button button-secondary button-small" onClick={() => void saveFileAction.perform()}>
        {desktop ? 'Save' : 'Save to a file'}
      </button>
      {desktop && (
        <button type="button" className="button button-secondary button-small" onClick={() => void saveFileAsAction.perform()}>
          Save as…
        </button>
      )}
      <span className="hint file-bar-status">
        {saved
          ? `Saved to ${saved.fileName} at ${new Date(saved.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`
          : desktop
            ? 'Changes are kept on this computer as you work.'
            : 'Changes are kept on the host as you work.'}
      </span>
    </div>
  );
}
