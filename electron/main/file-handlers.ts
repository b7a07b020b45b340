import type { FileController } from './files/file-controller';
import type { IpcHandlers } from './ipc-handlers';
import type { RendererEvents } from './renderer-events';
import { deleteWorkshops, keepWorkshops, staleWorkshops, type RetentionDeps } from './retention';
import type { Settings } from './settings';

// The handlers behind the file:, workshop:, settings: and retention: channels.
// Arguments arrive already checked against the contract (ipc-handlers.ts).

export interface FileHandlerDeps {
  readonly files: FileController;
  readonly settings: Settings;
  readonly events: RendererEvents;
  readonly retention: RetentionDeps;
  /** Settles once files handed to the app at launch have been opened (or refused). */
  readonly launchOpened?: () => Promise<unknown>;
  /** Told when the window shows another workshop (the menu enables Save). */
  readonly onActiveChanged?: (workshopId: string | null) => void;
}

type FileChannels =
  | 'file:open'
  | 'file:openDropped'
  | 'file:import'
  | 'file:save'
  | 'file:saveAs'
  | 'workshop:active'
  | 'workshop:resume'
  | 'settings:get'
  | 'settings:set'
  | 'retention:list'
  | 'retention:delete'
  | 'retention:keep';

export function createFileHandlers(deps: FileHandlerDeps): Pick<IpcHandlers, FileChannels> {
  const { files, settings, events } = deps;
  return {
    'file:open': () => files.openWithDialog('open'),
    // The path came from the preload (webUtils.getPathForFile); openPath
    // checks it is an absolute path to an existing .smallchanges file.
    'file:openDropped': (path) => files.openPath(path, 'open'),
    'file:import': () => files.openWithDialog('import'),
    'file:save': (workshopId, bytes) => files.save(workshopId, bytes),
    'file:saveAs': (workshopId, bytes) => files.saveAs(workshopId, bytes),
    'workshop:active': async (workshopId) => {
      await files.setActive(workshopId);
      deps.onActiveChanged?.(workshopId);
      return null;
    },
    'workshop:resume': async () => {
      // A file opened at launch (double-click) wins over the last workshop.
      await deps.launchOpened?.();
      const launchFile = events.hasQueued('file:opened');
      const workshopId = launchFile ? null : await files.resume();
      events.markReady();
      return { workshopId };
    },
    'settings:get': () => ({ preferences: settings.preferences, notice: settings.notice }),
    'settings:set': (patch) => settings.updatePreferences(patch),
    'retention:list': () => staleWorkshops(deps.retention),
    'retention:delete': (ids) => deleteWorkshops(deps.retention, ids),
    'retention:keep': async (ids) => {
      await keepWorkshops(deps.retention, ids);
      return null;
    },
  };
}
