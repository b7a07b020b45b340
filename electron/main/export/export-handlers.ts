import type { ExportKind } from '../../../shared/ipc/contract';
import type { IpcHandlers } from '../ipc-handlers';

// The handlers behind export:save and export:pdf. They take what they need
// as arguments, so tests run them without Electron.

export interface ExportHandlerDeps {
  /** Shows the save dialog; null when the person cancels. */
  readonly chooseSavePath: (kind: ExportKind, suggestedName: string) => Promise<string | null>;
  /** Writes the whole file or fails, leaving no half-written file. */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Prints the workshop's print view to PDF bytes. */
  readonly printWorkshop: (workshopId: string) => Promise<Uint8Array>;
  readonly baseName: (path: string) => string;
}

export function createExportHandlers(deps: ExportHandlerDeps): Pick<IpcHandlers, 'export:save' | 'export:pdf'> {
  const save = async (kind: ExportKind, name: string, bytes: () => Promise<Uint8Array>) => {
    // The PDF is printed before asking where it goes, so a failed print never leaves the person at a dialog for nothing.
    const content = await bytes();
    const path = await deps.chooseSavePath(kind, name);
    if (path === null) return { status: 'canceled' as const };
    await deps.writeFile(path, content);
    return { status: 'saved' as const, fileName: deps.baseName(path) };
  };
  return {
    'export:save': (kind, name, bytes) => save(kind, name, async () => bytes),
    'export:pdf': (workshopId, name) => save('pdf', name, () => deps.printWorkshop(workshopId)),
  };
}
