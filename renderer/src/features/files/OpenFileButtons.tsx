import { importFileAction, openFileAction } from '../../actions/file-actions';
import { isDesktopApp } from '../../ipc/client';
import './files.css';

/** Open a saved workshop file (or, on the desktop, import one as a new workshop). */
export function OpenFileButtons() {
  const desktop = isDesktopApp();
  return (
    <div className="open-file">
      <p className="hint" id="open-file-hint">
        {desktop
          ? 'A .smallchanges file someone saved or sent you. You can also drop one on this window.'
          : 'A .smallchanges file someone saved or sent you. It opens here as a new workshop.'}
      </p>
      <div className="open-file-buttons">
        <button type="button" className="button button-secondary" aria-describedby="open-file-hint" onClick={() => void openFileAction.perform()}>
          Open a workshop file…
        </button>
        {desktop && (
          <button type="button" className="button button-secondary" onClick={() => void importFileAction.perform()}>
            Import as a new workshop…
          </button>
        )}
      </div>
    </div>
  );
}
