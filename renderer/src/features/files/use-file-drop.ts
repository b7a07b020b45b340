import { useEffect, useState } from 'react';
import { WORKSHOP_FILE_EXTENSION } from '../../../../shared/file/workshop-file';
import { showOpened } from '../../actions/file-actions';
import { studioClient } from '../../ipc/client';
import { showNotice } from './file-status';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Dropping a .smallchanges file anywhere on the window opens it. In the
 * desktop app the preload turns the File into its path for main, which
 * checks it; in a browser the file is read and imported here. Returns
 * whether a file is being dragged over the window (to show where to drop).
 */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (!file.name.toLowerCase().endsWith(WORKSHOP_FILE_EXTENSION)) {
        showNotice('error', `“${file.name}” is not a Small Changes workshop file. Only files ending .smallchanges can be opened by dropping them here.`);
        return;
      }
      void studioClient().fileOpenDropped(file).then(showOpened);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
