// Writes the export fixture workshop into a host data folder through the
// host's own store, before the host starts (the app has no seeding hook).
import * as Y from 'yjs';
import { HostStore } from '../../electron/host/store/host-store';
import { exportWorkshop, type ExportWorkshopOptions } from './export-workshop';

export async function seedExportWorkshop(dataDir: string, workshopId: string, options: ExportWorkshopOptions = {}): Promise<Y.Doc> {
  const source = exportWorkshop(options);
  const store = await HostStore.open(dataDir);
  try {
    const workshop = await store.workshop(workshopId);
    Y.applyUpdate(workshop.doc, Y.encodeStateAsUpdate(source));
    await workshop.flush();
  } finally {
    await store.close();
  }
  return source;
}
