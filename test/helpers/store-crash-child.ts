// Child process for test/integration/store-crash.test.ts: opens the store,
// then adds numbered blockers as fast as it can, printing "ack <n>" only
// after the edit is fsynced. The parent SIGKILLs it at a random moment.
// argv: <dataDir> <first edit number>
import { addBlocker, createWorkshop } from '../../shared/doc/ops/index';
import { metaMap } from '../../shared/doc/schema';
import { HostStore } from '../../electron/host/store/host-store';

const MAX_IN_FLIGHT = 8;
export const CRASH_WORKSHOP_ID = 'workshop:crash-test';

async function run(): Promise<void> {
  const [dataDir, firstArg] = process.argv.slice(2);
  if (dataDir === undefined || firstArg === undefined) throw new Error('usage: <dataDir> <first>');
  // A small threshold so kills also land during compaction.
  const store = await HostStore.open(dataDir, { compactAtBytes: 16 * 1024 });
  const workshop = await store.workshop(CRASH_WORKSHOP_ID);
  if (metaMap(workshop.doc).size === 0) createWorkshop(workshop.doc, { title: 'Crash test', localAuthority: 'Testshire' });
  process.stdout.write('ready\n');
  const inFlight: Promise<void>[] = [];
  for (let n = Number(firstArg); ; n += 1) {
    addBlocker(workshop.doc, { text: `edit ${n}` });
    inFlight.push(workshop.flush().then(() => void process.stdout.write(`ack ${n}\n`)));
    if (inFlight.length >= MAX_IN_FLIGHT) await inFlight.shift();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
