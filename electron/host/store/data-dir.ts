import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './store-error';
import { syncDirectory } from './durable-fs';

export const WORKSHOPS_FOLDER = 'workshops';

/**
 * Makes sure `dataDir/workshops` exists and that a file can really be
 * written and fsynced there, before anything else happens. Throws a
 * StoreError naming the folder otherwise.
 */
export async function prepareDataDir(dataDir: string): Promise<string> {
  const workshops = join(dataDir, WORKSHOPS_FOLDER);
  const probe = join(workshops, `.write-test-${process.pid}-${Date.now()}`);
  try {
    await mkdir(workshops, { recursive: true });
    await syncDirectory(dataDir); // so the new folder itself survives a power cut
    const handle = await open(probe, 'wx');
    try {
      await handle.writeFile('ok');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await unlink(probe);
  } catch (error) {
    await unlink(probe).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new StoreError(
      'data-dir-unwritable',
      `The data folder ${dataDir} cannot be written to (${reason}). Choose another with --data, or fix its permissions.`,
      { cause: error },
    );
  }
  return workshops;
}
